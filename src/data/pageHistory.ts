// A page's history view: published and updated dates, the commits that changed its sources, and
// whether its English text lags behind the Chinese. Assembled from the one git pass and the one
// translation-status pass of the build, so adding a page costs a filter, not a git call.
import type { Lang } from '../i18n/locales.ts';
import { contentChanges, fileHistory } from './history.ts';
import { readerKinds, type ChangeKind } from '../lib/content/changeKinds.ts';
import { uniquePlaces, type TextPlace } from '../lib/content/changePlaces.ts';
import { siteTranslationStatus } from './translationStatus.ts';
import type { PageHistoryView } from '../lib/content/pageHistoryView.ts';

/** `sources` are files or folders (ending in /) under content/; `fallbackDate` is used without git history. */
export function pageHistory(sources: string[], lang: Lang, fallbackDate?: string): PageHistoryView {
  const files = [...new Set(sources)];
  const covers = (source: string, file: string) => file === source || (source.endsWith('/') && file.startsWith(source));
  // What changed on each day in these files and where, in reader's terms (the change log's rule), for the
  // history's lines; oldest commit first, so the places read in the order they were changed.
  const changed = new Map<string, { kinds: Set<ChangeKind>; places: TextPlace[] }>();
  for (const commit of [...contentChanges()].reverse())
    for (const { file, kinds, places } of commit.changes)
      if (files.some((source) => covers(source, file))) {
        const day = changed.get(commit.date) ?? { kinds: new Set<ChangeKind>(), places: [] };
        kinds.forEach((kind) => day.kinds.add(kind));
        day.places.push(...places);
        changed.set(commit.date, day);
      }
  const entries = fileHistory(files).map((entry) => {
    const day = changed.get(entry.date);
    const kinds = readerKinds(day?.kinds ?? new Set());
    return { ...entry, kinds, places: kinds.includes('text') ? uniquePlaces(day?.places ?? []) : [] };
  });
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
