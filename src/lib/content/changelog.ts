// The change log: progress records and content changes merged, newest first. Changes are told by day —
// each page (in this language, by title) that the day's commits changed, with what changed on it in a
// reader's words (a new page, its wording and the sections it changed in, its punctuation and layout, figures,
// sources, contact details: changeKinds.ts) — because a reader asks "what changed, and when", not which commit
// did it; commit notes are builders' words and are not
// shown. A page whose change a reader cannot see (a translation's fingerprint) is left out, and so is a day
// with nothing left to show in this language.
import { contentLang, localePath, type Lang } from '../../i18n/locales.ts';
import { LOCALE_INFO } from '../../i18n/localeTable.ts';
import type { ChangeKind, FileChange } from './changeKinds.ts';
import type { TextPlace } from './changePlaces.ts';
import type { ValueChange } from './valueChanges.ts';
import { DayChanges } from './dayChanges.ts';
import { pageForContentFile } from './pageForFile.ts';

/** A commit that touched content/: its date and each file with what changed in it (src/data/history.ts). */
interface CommitChanges {
  date: string;
  changes: Array<{ file: string } & FileChange>;
}

export interface ChangedPage {
  url: string;
  title: string;
  /** What changed on the page that day, in CHANGE_KINDS order. */
  kinds: ChangeKind[];
  /** Where its wording changed, in page order; none unless `kinds` has 'text'. */
  places: TextPlace[];
  /** The facts changed that day, old and new value (valueChanges.ts). */
  values: ValueChange[];
}

export type ChangelogEntry =
  | { kind: 'snapshot'; date: string; title: string; url: string }
  | { kind: 'change'; date: string; pages: ChangedPage[] };

/**
 * @param titles each page's title in this language, by URL; a page without one is named by its URL.
 */
export function changelogEntries(
  snapshots: Array<{ date: string; title: string; url: string }>,
  commits: CommitChanges[],
  lang: Lang,
  titles: ReadonlyMap<string, string> = new Map(),
): ChangelogEntry[] {
  const byDay = new Map<string, Map<string, DayChanges>>();
  // Oldest first, so a page's places read in the order the day changed them.
  for (const commit of [...commits].reverse()) {
    for (const change of commit.changes) {
      const page = pageForContentFile(change.file);
      if (!page?.listed || (page.lang && page.lang !== contentLang(lang)) || !change.kinds.length) continue;
      const url = localePath(lang, page.path);
      const day = byDay.get(commit.date) ?? new Map<string, DayChanges>();
      const seen = day.get(url) ?? new DayChanges();
      seen.add(change);
      day.set(url, seen);
      byDay.set(commit.date, day);
    }
  }
  const changes = [...byDay].map(([date, pages]): ChangelogEntry => ({
    kind: 'change',
    date,
    pages: [...pages]
      .map(([url, day]) => ({ url, title: titles.get(url) ?? url, ...day.told() }))
      .sort((a, b) => a.title.localeCompare(b.title, LOCALE_INFO[lang].intl)),
  }));
  return [...snapshots.map((s): ChangelogEntry => ({ kind: 'snapshot', ...s })), ...changes].sort((a, b) =>
    b.date.localeCompare(a.date),
  );
}
