// The route table: every kind of page and file the site builds and its path, written as the Chinese
// path (English adds /en/ in front). Markdown links are checked against it without a build, and
// tests/site/routes.test.ts proves dist/ holds exactly these pages.

/** Slugs that make pages, each from the file names of one content folder. */
export interface RouteSlugs {
  targets: string[];
  services: string[];
  progress: string[];
  pages: string[];
}

interface Route {
  kind: string;
  /** In both languages (the English under /en/) or once. */
  bilingual: boolean;
  paths: (slugs: RouteSlugs) => string[];
}

const one = (path: string) => () => [path];

/** Where the plain-text download of the plan is published; /plan/ links to it (src/data/planText.ts writes it). */
export const PLAN_TEXT_PATH = '/plan/changzhou-ip-strong-city-plan-2022-2025.txt';

const ROUTES: Route[] = [
  { kind: 'home', bilingual: true, paths: one('/') },
  { kind: 'plan', bilingual: true, paths: one('/plan/') },
  { kind: 'units', bilingual: true, paths: one('/plan/units/') },
  { kind: 'timeline', bilingual: true, paths: one('/plan/timeline/') },
  { kind: 'explained', bilingual: true, paths: one('/plan/explained/') },
  { kind: 'compare', bilingual: true, paths: one('/plan/compare/') },
  { kind: 'summary', bilingual: true, paths: one('/plan/summary/') },
  { kind: 'plan-text', bilingual: false, paths: one(PLAN_TEXT_PATH) },
  { kind: 'targets', bilingual: true, paths: one('/targets/') },
  { kind: 'target', bilingual: true, paths: (s) => s.targets.map((id) => `/targets/${id}/`) },
  { kind: 'progress', bilingual: true, paths: one('/progress/') },
  { kind: 'snapshot', bilingual: true, paths: (s) => s.progress.map((slug) => `/progress/${slug}/`) },
  { kind: 'progress-feed', bilingual: true, paths: one('/progress/rss.xml') },
  { kind: 'services', bilingual: true, paths: one('/services/') },
  { kind: 'service', bilingual: true, paths: (s) => s.services.map((slug) => `/services/${slug}/`) },
  { kind: 'overseas', bilingual: true, paths: one('/overseas/') },
  { kind: 'search', bilingual: true, paths: one('/search/') },
  { kind: 'changelog', bilingual: true, paths: one('/changelog/') },
  { kind: 'translations', bilingual: true, paths: one('/editors/translations/') },
  { kind: 'page', bilingual: true, paths: (s) => s.pages.map((slug) => `/${slug}/`) },
  {
    kind: 'open-data',
    bilingual: false,
    paths: (s) => [
      '/data/targets.json',
      '/data/targets.csv',
      ...s.targets.flatMap((id) => [`/data/targets/${id}.json`, `/data/targets/${id}.csv`]),
    ],
  },
  { kind: 'robots', bilingual: false, paths: one('/robots.txt') },
  { kind: 'sitemap', bilingual: false, paths: one('/sitemap-index.xml') },
  { kind: 'not-found', bilingual: false, paths: one('/404.html') },
];

/** Every path the site builds, both languages included. */
export function sitePaths(slugs: RouteSlugs): Set<string> {
  return new Set(
    ROUTES.flatMap((route) => {
      const paths = route.paths(slugs);
      return route.bilingual ? [...paths, ...paths.map((p) => `/en${p}`)] : paths;
    }),
  );
}
