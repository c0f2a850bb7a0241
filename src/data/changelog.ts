// /changelog/ (更新记录): the progress records and every content change from git history, newest first.
import { localePath, type Lang } from '../i18n/locales.ts';
import { changelogEntries, type ChangelogEntry } from '../lib/content/changelog.ts';
import { REPOSITORY_URL } from '../site.config.ts';
import { contentLog } from './history.ts';
import { snapshotViews } from './progress.ts';

export interface ChangelogItem extends ChangelogEntry {
  /** Whether the entry's title is shown: a commit note is builders' English, so it is shown only on English
   *  pages of a deployment with a repository (as in PageHistory); a progress record's title always is. */
  showTitle: boolean;
}

export async function changelogView(lang: Lang): Promise<ChangelogItem[]> {
  const snapshots = (await snapshotViews(lang)).map((s) => ({
    date: s.record.data.date,
    title: s.title,
    url: localePath(lang, `/progress/${s.slug}/`),
  }));
  const showNotes = lang === 'en' && Boolean(REPOSITORY_URL);
  return changelogEntries(snapshots, contentLog(), lang).map((entry) => ({
    ...entry,
    showTitle: entry.kind === 'snapshot' || showNotes,
  }));
}
