// /changelog/ (更新记录): the progress records and the content changes by day, newest first, each changed
// page named by its title in the reader's language, with what changed on it.
import { getCollection } from 'astro:content';
import { contentLang, localePath, type Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/t.ts';
import { changelogEntries, type ChangelogEntry } from '../lib/content/changelog.ts';
import { contentChanges } from './history.ts';
import { snapshotViews, type SnapshotView } from './progress.ts';
import { serviceNames } from './services.ts';
import { targetNames } from './targets.ts';

/** The title of every page a content file can become, in one language, by URL. */
async function pageTitles(lang: Lang, snapshots: SnapshotView[]): Promise<Map<string, string>> {
  const t = useTranslations(lang);
  // The section pages a record also changes (a new snapshot changes the list at /progress/).
  const sections = [
    ['/plan/', t('nav.plan')],
    ['/targets/', t('nav.targets')],
    ['/progress/', t('nav.progress')],
    ['/services/', t('nav.services')],
    ['/data/', t('nav.data')],
  ] as const;
  const titles = new Map<string, string>(sections.map(([path, title]) => [localePath(lang, path), title]));
  for (const [id, name] of await targetNames(lang)) titles.set(localePath(lang, `/targets/${id}/`), name);
  for (const [slug, name] of await serviceNames(lang)) titles.set(localePath(lang, `/services/${slug}/`), name);
  for (const s of snapshots) titles.set(localePath(lang, `/progress/${s.slug}/`), s.title);
  const file = contentLang(lang);
  for (const page of await getCollection('pages', (e) => e.id.startsWith(`${file}/`)))
    titles.set(localePath(lang, `/${page.id.slice(file.length + 1)}/`), page.data.title);
  const explained = await getCollection('explained', (e) => e.id === file);
  const overseas = await getCollection('overseas', (e) => e.id === file);
  if (explained[0]) titles.set(localePath(lang, '/plan/explained/'), explained[0].data.title);
  if (overseas[0]) titles.set(localePath(lang, '/overseas/'), overseas[0].data.title);
  return titles;
}

export async function changelogView(lang: Lang): Promise<{ entries: ChangelogEntry[] }> {
  const views = await snapshotViews(lang);
  const snapshots = views.map((s) => ({
    date: s.record.data.date,
    title: s.title,
    url: localePath(lang, `/progress/${s.slug}/`),
  }));
  return {
    entries: changelogEntries(snapshots, contentChanges(), lang, await pageTitles(lang, views)),
  };
}
