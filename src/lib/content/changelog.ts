// The change log: progress records and content changes merged, newest first. Changes are told by day —
// the pages (in this language, by title) that the day's commits changed — because a reader asks "what
// changed, and when", not which commit did it. A day whose changes touched no page in this language is
// left out: it has nothing to show a reader here.
import { contentLang, localePath, type Lang } from '../../i18n/locales.ts';
import { LOCALE_INFO } from '../../i18n/localeTable.ts';
import { pageForContentFile } from './pageForFile.ts';

/** A commit that touched content/: its date, one-line note and files (src/data/history.ts reads them). */
interface HistoryEntry {
  date: string;
  note: string;
  files?: string[];
}

export interface ChangedPage {
  url: string;
  title: string;
}

export type ChangelogEntry =
  | { kind: 'snapshot'; date: string; title: string; url: string }
  | { kind: 'change'; date: string; pages: ChangedPage[]; notes: string[] };

/**
 * @param titles each page's title in this language, by URL; a page without one is named by its URL.
 */
export function changelogEntries(
  snapshots: Array<{ date: string; title: string; url: string }>,
  commits: HistoryEntry[],
  lang: Lang,
  titles: ReadonlyMap<string, string> = new Map(),
): ChangelogEntry[] {
  const byDay = new Map<string, { urls: Set<string>; notes: string[] }>();
  for (const commit of commits) {
    const urls = (commit.files ?? [])
      .filter((f) => {
        const page = pageForContentFile(f);
        return page?.listed && (!page.lang || page.lang === contentLang(lang));
      })
      .map((f) => localePath(lang, pageForContentFile(f)!.path));
    if (!urls.length) continue;
    const day = byDay.get(commit.date) ?? { urls: new Set<string>(), notes: [] };
    urls.forEach((url) => day.urls.add(url));
    day.notes.push(commit.note);
    byDay.set(commit.date, day);
  }
  const changes = [...byDay].map(([date, { urls, notes }]): ChangelogEntry => ({
    kind: 'change',
    date,
    pages: [...urls]
      .map((url) => ({ url, title: titles.get(url) ?? url }))
      .sort((a, b) => a.title.localeCompare(b.title, LOCALE_INFO[lang].intl)),
    notes,
  }));
  return [...snapshots.map((s): ChangelogEntry => ({ kind: 'snapshot', ...s })), ...changes].sort((a, b) =>
    b.date.localeCompare(a.date),
  );
}
