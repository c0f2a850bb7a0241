// Progress snapshots in one language: the record's date, sources and figures with this language's text.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales.ts';
import { withLanguageText } from './bilingual.ts';

export interface SnapshotView {
  slug: string;
  record: CollectionEntry<'progress'>;
  /** The entry whose body is in this language. */
  text: CollectionEntry<'progress'> | CollectionEntry<'progressTranslations'>;
  title: string;
  summary: string;
}

export async function snapshotViews(lang: Lang): Promise<SnapshotView[]> {
  const [records, translations] = await Promise.all([getCollection('progress'), getCollection('progressTranslations')]);
  return withLanguageText(records, translations, lang)
    .map(({ record, text }) => ({ slug: record.id, record, text, title: text.data.title, summary: text.data.summary }))
    .sort((a, b) => b.record.data.date.localeCompare(a.record.data.date) || a.slug.localeCompare(b.slug));
}
