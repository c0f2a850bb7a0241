// The single-document collections in one language: the guide to protecting IP abroad (/overseas/), the
// plain-language explainer (/plan/explained/) and the free-standing pages (about, accessibility …).
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { LOCALES, SOURCE_LANG, contentLang, type Lang } from '../i18n/locales.ts';
import type { UIKey } from '../i18n/dictionaries.ts';
import { placeTools } from '../lib/overseas/guideTools.ts';
import { PLANNER_PATH } from '../lib/content/routes.ts';

/** The overseas guide's tools: the component the content places, its heading's id, its name for the step list,
 *  and, for a tool on a page of its own (the filing planner), that page: the step list links there directly. */
const OVERSEAS_TOOLS: ReadonlyArray<{ component: string; anchor: string; label: UIKey; page?: string }> = [
  { component: 'RouteChooser', anchor: 'chooser-heading', label: 'chooser.title' },
  { component: 'PlannerLink', anchor: 'planner-heading', label: 'plannerPage.title', page: PLANNER_PATH },
];

/** /overseas/: the guide, rendered, and its steps (the "step-…" headings) for the list at the top, each with
 *  the tools the content places in it (the route chooser, the link to the filing planner), linked from under
 *  the step. */
export async function overseasGuide(lang: Lang) {
  const file = contentLang(lang);
  const entry = await getEntry('overseas', file);
  if (!entry) throw new Error(`缺少 content/overseas/${file}.mdx / content/overseas/${file}.mdx is missing`);
  const { Content, headings } = await render(entry);
  const tools = placeTools(entry.body ?? '', OVERSEAS_TOOLS);
  const steps = headings
    .filter((h) => h.depth === 2 && h.slug.startsWith('step-'))
    .map((h) => ({ ...h, tools: tools.filter((tool) => tool.step === h.slug) }));
  return { entry, Content, steps };
}

/** /plan/explained/: the explainer, rendered, with its headings for the contents list at its top. */
export async function explainer(lang: Lang) {
  const file = contentLang(lang);
  const entry = await getEntry('explained', file);
  if (!entry)
    throw new Error(
      `缺少 content/explained/${file}.md / content/explained/${file}.md is missing: add the explainer in this language`,
    );
  const { Content, headings } = await render(entry);
  return { entry, Content, headings };
}

export type StandalonePage = CollectionEntry<'pages'>;

/** Every free-standing page in every language: content/pages/<lang>/<slug>.md. The content check has made
 *  sure each page exists in both languages. */
export async function standalonePages(): Promise<Array<{ lang: Lang; slug: string; entry: StandalonePage }>> {
  const entries = await getCollection('pages');
  const slugs = entries
    .filter((e) => e.id.startsWith(`${SOURCE_LANG}/`))
    .map((e) => e.id.slice(SOURCE_LANG.length + 1));
  return slugs.flatMap((slug) =>
    LOCALES.map((lang) => ({ lang, slug, entry: entries.find((e) => e.id === `${contentLang(lang)}/${slug}`)! })),
  );
}
