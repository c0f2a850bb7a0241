// The label a row of the side-by-side page (/plan/compare/) carries, as a parallel text prints a verse number:
// where the clause sits in the plan (四(一)1第2段 / IV (1) 1, paragraph 2), so a reader scrolling the long page
// keeps their place without looking back to the headings.
import type { Lang } from '../../i18n/locales.ts';
import { clauseKind } from './clauseIds.ts';
import { clausePlace } from './clauseName.ts';

export interface CompareLabel {
  /** The clause's place, named without its words: a principle or goal by its number and group (二第1段,
   *  三“知识产权创造”), not by its lead sentence, which the row gives a line below. */
  text: string;
  /** Named by the heading just above it (the title; the notice of issue under its "印发通知" heading): shown only
   *  when a link opens the row, so a translator reporting a passage still sees its name. */
  onTargetOnly: boolean;
}

/** A row's label, or none for a heading, whose words carry its number (四、重点任务, （一）…, 1. …), and for a
 *  paragraph of the notice after its first, which has no clause ID of its own. */
export function compareLabel(row: { id: string; depth: number }, lang: Lang): CompareLabel | undefined {
  const kind = clauseKind(row.id);
  if (!kind || row.depth >= 2) return undefined;
  return { text: clausePlace(row.id, lang), onTargetOnly: kind === 'title' || kind === 'notice' };
}
