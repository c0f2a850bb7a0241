// A page's history view: published and updated dates, the commits that changed its sources, and
// whether its English text lags behind the Chinese. Assembled from the one git pass and the one
// translation-status pass of the build, so adding a page costs a filter, not a git call.
import type { Lang } from '../i18n/locales.ts';
import { contentChanges, fileHistory } from './history.ts';
import { DayChanges } from '../lib/content/dayChanges.ts';
import { siteTranslationStatus } from './translationStatus.ts';
import type { PageHistoryView } from '../lib/content/pageHistoryView.ts';

/** `sources` are files or folders (ending in /) under content/; `fallbackDate` is used without git history. */
export function pageHistory(sources: string[], lang: Lang, fallbackDate?: string): PageHistoryView {
  const files = [...new Set(sources)];
  const covers = (source: string, file: string) => file === source || (source.endsWith('/') && file.startsWith(source));
  // What changed on each day in these files and where, in reader's terms (the change log's rule), for the
  // history's lines; oldest commit first, so the places read in the order they were changed.
  const changed = new Map<string, DayChanges>();
  for (const commit of [...contentChanges()].reverse())
    for (const change of commit.changes)
      if (files.some((source) => covers(source, change.file))) {
        const day = changed.get(commit.date) ?? new DayChanges();
        day.add(change);
        changed.set(commit.date, day);
      }
  const nothing = { kinds: [], places: [], values: [] };
  const entries = fileHistory(files).map((entry) => ({ ...entry, ...(changed.get(entry.date)?.told() ?? nothing) }));
  const stale = siteTranslationStatus().some(
    (p) => p.lang === lang && p.state === 'stale' && files.some((f) => covers(f, p.translation)),
  );
  return {
    sources: files,
    published: entries.at(-1)?.date ?? fallbackDate,
    updated: entries[0]?.date ?? fallbackDate,
    entries,
    stale,
  };
}
