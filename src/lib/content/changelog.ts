// The change log: progress records and content commits merged, newest first; each commit lists the pages
// (in this language where the file has one) that its files become.
import type { Lang } from '../../i18n/locales.ts';
/** A commit that touched content/: its date, one-line note and files (src/data/history.ts reads them). */
interface HistoryEntry { date: string; note: string; files?: string[] }
import { pageForContentFile, pageUrlForContentFile } from './pageForFile.ts';

export interface ChangelogEntry { date: string; kind: 'snapshot' | 'change'; title: string; url?: string; pages: string[] }

const MAX_PAGES_PER_CHANGE = 6;

export function changelogEntries(snapshots: Array<{ date: string; title: string; url: string }>, commits: HistoryEntry[], lang: Lang): ChangelogEntry[] {
  const changes = commits.map((commit): ChangelogEntry => {
    const files = (commit.files ?? []).filter((f) => { const page = pageForContentFile(f); return page && (!page.lang || page.lang === lang); });
    const pages = [...new Set(files.map((f) => pageUrlForContentFile(f, lang)!))];
    return { date: commit.date, kind: 'change', title: commit.note, pages: pages.slice(0, MAX_PAGES_PER_CHANGE) };
  });
  return [...snapshots.map((s): ChangelogEntry => ({ date: s.date, kind: 'snapshot', title: s.title, url: s.url, pages: [] })), ...changes]
    .sort((a, b) => b.date.localeCompare(a.date));
}
