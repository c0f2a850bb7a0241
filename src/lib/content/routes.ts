// The route table: every kind of page and file the site builds and its path, written as the default
// language's path (every other language adds its prefix in front, src/i18n/locales.ts). Markdown links are checked against it without a build, and
// tests/site/routes.test.ts proves dist/ holds exactly these pages.

import { CONTENT_LANGS, LOCALES, localePath } from '../../i18n/locales.ts';
import { CONTENT_KINDS, type ContentKindName, type KindEntry } from './registry.ts';

/** The items of each content kind, by kind: its files' slugs (src/lib/content/registry.ts, contentSlugs). */
export type RouteSlugs = Partial<Record<ContentKindName, string[]>>;

interface Route {
  kind: string;
  /** In every language (under each language's prefix) or once. */
  bilingual: boolean;
  paths: (slugs: RouteSlugs) => string[];
}

const one = (path: string) => () => [path];

/** The filing planner's own page: the overseas guide's step 3 and step list link to it (src/data/planner.ts). */
export const PLANNER_PATH = '/overseas/planner/';

/** Where the plain-text download of the plan is published, in the source's and each translation's path; /plan/
 *  links to it (src/data/planText.ts writes it). */
export const PLAN_TEXT_PATH = '/plan/changzhou-ip-strong-city-plan-2022-2025.txt';

// The pages a content file becomes come from the registry; these are the pages made from no file of their own.
const FIXED_ROUTES: Route[] = [
  { kind: 'home', bilingual: true, paths: one('/') },
  { kind: 'units', bilingual: true, paths: one('/plan/units/') },
  { kind: 'timeline', bilingual: true, paths: one('/plan/timeline/') },
  { kind: 'compare', bilingual: true, paths: one('/plan/compare/') },
  { kind: 'summary', bilingual: true, paths: one('/plan/summary/') },
  {
    kind: 'plan-text',
    bilingual: false,
    paths: () => CONTENT_LANGS.map((lang) => localePath(lang, PLAN_TEXT_PATH, '')),
  },
  { kind: 'planner', bilingual: true, paths: one(PLANNER_PATH) },
  { kind: 'targets', bilingual: true, paths: one('/targets/') },
  { kind: 'progress', bilingual: true, paths: one('/progress/') },
  { kind: 'progress-feed', bilingual: true, paths: one('/progress/rss.xml') },
  { kind: 'services', bilingual: true, paths: one('/services/') },
  { kind: 'search', bilingual: true, paths: one('/search/') },
  { kind: 'changelog', bilingual: true, paths: one('/changelog/') },
  { kind: 'changelog-feed', bilingual: true, paths: one('/changelog/atom.xml') },
  { kind: 'translations', bilingual: true, paths: one('/editors/translations/') },
  {
    kind: 'open-data',
    bilingual: false,
    paths: (s) => [
      '/data/targets.json',
      '/data/targets.csv',
      ...(s.targets ?? []).flatMap((id) => [`/data/targets/${id}.json`, `/data/targets/${id}.csv`]),
    ],
  },
  { kind: 'robots', bilingual: false, paths: one('/robots.txt') },
  { kind: 'sitemap', bilingual: false, paths: one('/sitemap-index.xml') },
  { kind: 'not-found', bilingual: false, paths: one('/404.html') },
];

/** Every path the site builds, every language included. */
export function sitePaths(slugs: RouteSlugs): Set<string> {
  const fromContent: Route[] = (CONTENT_KINDS as readonly KindEntry[]).flatMap((kind) =>
    kind.page
      ? [
          {
            kind: kind.name,
            bilingual: true,
            paths: (s) => [...new Set((s[kind.name as ContentKindName] ?? []).map(kind.page!))],
          },
        ]
      : [],
  );
  return new Set(
    [...FIXED_ROUTES, ...fromContent].flatMap((route) => {
      const paths = route.paths(slugs);
      return route.bilingual ? LOCALES.flatMap((lang) => paths.map((p) => localePath(lang, p, ''))) : paths;
    }),
  );
}
