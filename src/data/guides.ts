// The single-document collections in one language: the guide to protecting IP abroad (/overseas/), the
// plain-language explainer (/plan/explained/) and the free-standing pages (about, accessibility …).
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, LOCALES, type Lang } from '../i18n/locales.ts';

/** /overseas/: the guide, rendered, and its steps (the "step-…" headings) for the list at the top. */
export async function overseasGuide(lang: Lang) {
  const entry = await getEntry('overseas', lang);
  if (!entry) throw new Error(`缺少 content/overseas/${lang}.mdx / content/overseas/${lang}.mdx is missing`);
  const { Content, headings } = await render(entry);
  return { entry, Content, steps: headings.filter((h) => h.depth === 2 && h.slug.startsWith('step-')) };
}

/** /plan/explained/: the explainer, rendered. */
export async function explainer(lang: Lang) {
  const entry = await getEntry('explained', lang);
  if (!entry)
    throw new Error(
      `缺少 content/explained/${lang}.md / content/explained/${lang}.md is missing: add the explainer in this language`,
    );
  return { entry, Content: (await render(entry)).Content };
}

export type StandalonePage = CollectionEntry<'pages'>;

/** Every free-standing page in every language: content/pages/<lang>/<slug>.md. The content check has made
 *  sure each page exists in both languages. */
export async function standalonePages(): Promise<Array<{ lang: Lang; slug: string; entry: StandalonePage }>> {
  const entries = await getCollection('pages');
  const slugs = entries
    .filter((e) => e.id.startsWith(`${DEFAULT_LANG}/`))
    .map((e) => e.id.slice(DEFAULT_LANG.length + 1));
  return slugs.flatMap((slug) =>
    LOCALES.map((lang) => ({ lang, slug, entry: entries.find((e) => e.id === `${lang}/${slug}`)! })),
  );
}
