// What a page's history shows (assembled in src/data/pageHistory.ts, rendered by PageHistory.astro).
import type { ChangeKind } from './changeKinds.ts';
import type { TextPlace } from './changePlaces.ts';
import type { ValueChange } from './valueChanges.ts';

export interface PageHistoryView {
  sources: string[];
  published?: string;
  updated?: string;
  /** Each commit to the page's files: its note (builders' words) and what its day changed, and where, in
   *  reader's terms. */
  entries: Array<{ date: string; note: string; kinds: ChangeKind[]; places: TextPlace[]; values: ValueChange[] }>;
  /** A translated page whose source changed after the translation. */
  stale: boolean;
}

/**
 * The history as a reader sees it: each entry's shown text (its note, or "内容更新" where notes stay hidden),
 * with consecutive entries that read the same on the same day told once; seven identical lines say nothing more
 * than one.
 */
export function historyLines<Entry extends { date: string }>(
  entries: Entry[],
  shown: (entry: Entry) => string | undefined,
): Array<{ date: string; text: string }> {
  const lines: Array<{ date: string; text: string }> = [];
  for (const entry of entries) {
    const text = shown(entry);
    // A commit that changed nothing a reader sees (a translation's fingerprint) is not told at all.
    if (text === undefined) continue;
    const line = { date: entry.date, text };
    const last = lines.at(-1);
    if (!last || last.date !== line.date || last.text !== line.text) lines.push(line);
  }
  return lines;
}
