// What the middleware (src/middleware.ts) puts on Astro.locals for every page: its route data, read by the
// layout and components instead of being threaded through props.
declare namespace App {
  interface Locals {
    /** The page's language, from its path. */
    lang: import('./i18n/locales.ts').Lang;
    /** The page's language-neutral path ("/plan/" for /plan/, /en/plan/ and /zh-hant/plan/). */
    path: string;
    /** The page's UI strings. */
    t: import('./i18n/t.ts').Translate;
    /** The build's "today" (SOURCE_DATE_EPOCH): what is current, over or due is judged against it. */
    buildDate: Date;
    /** The service bodies' names in the page's language, by slug: set by a page whose content places the route
     * chooser (/overseas/), which reads them there (src/data/services.ts serviceNames). */
    serviceNames?: ReadonlyMap<string, string>;
  }
}
