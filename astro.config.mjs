// Astro configuration: a static, bilingual site (zh at /, en at /en/) with the unified Markdown
// pipeline and our remark plugins, the content check, a strict Content Security Policy and a sitemap with hreflang.
import { fileURLToPath } from 'node:url';
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkAnchors } from './src/lib/markdown/remarkAnchors.ts';
import { remarkClauses } from './src/lib/markdown/remarkClauses.ts';
import { remarkNotices } from './src/lib/markdown/remarkNotices.ts';
import { rehypeTypography } from './src/lib/markdown/rehypeTypography.ts';
import { rehypeStackTables } from './src/lib/markdown/rehypeStackTables.ts';
import { rehypeLinkAddresses } from './src/lib/markdown/rehypeLinkAddresses.ts';
import { rehypeCallButtons } from './src/lib/markdown/rehypeCallButtons.ts';
import { remarkBaseLinks } from './src/lib/markdown/remarkBaseLinks.ts';
import { markdownRenderDigest } from './tools/renderDigest.ts';
import { remarkPlanLinks } from './src/lib/markdown/remarkPlanLinks.ts';
import { contentCheck } from './src/data/checked.ts';
import { siteAddressNotice } from './src/data/siteAddress.ts';
import { readSiteUrl } from './src/lib/site/siteUrl.ts';
import { LOCALE_TABLE } from './src/i18n/localeTable.ts';
import { CONTENT_LANGS } from './src/i18n/locales.ts';

// The site's address and base path shape the config itself (`site`, `base`, whether there is a sitemap), and
// astro:env exists only once the config is loaded, so these two are read from process.env here; the pages
// read every setting, SITE_URL included, through astro:env/server (src/site.config.ts). readSiteUrl stops a
// bad SITE_URL here, before anything is built, saying what to write instead.
const SITE_URL = readSiteUrl(process.env);
// BASE_PATH deploys the site under a path (e.g. GitHub Pages at /<repo>/); see docs/deploying.md.
const base = process.env.BASE_PATH || '/';

// A deployment's settings (docs/deploying.md), all optional. An empty value means unset, since that is what a CI
// workflow passes for a variable it does not define; so the fields are strings (and SITE_OFFICIAL one of three),
// and the rules beyond that are src/lib/site/settings.ts's, whose errors name the variable and the fix.
const setting = () => envField.string({ context: 'server', access: 'public', optional: true });
const SETTINGS = {
  SITE_URL: setting(),
  SITE_SECURITY_CONTACT: setting(),
  // The operator's name in each content language (SITE_OPERATOR_ZH, SITE_OPERATOR_EN): all or none.
  ...Object.fromEntries(CONTENT_LANGS.map((lang) => [`SITE_OPERATOR_${lang.toUpperCase()}`, setting()])),
  SITE_OFFICIAL: envField.enum({ context: 'server', access: 'public', optional: true, values: ['', 'true', 'false'] }),
  SITE_CORRECTIONS: setting(),
  SITE_FEEDBACK_URL: setting(),
  SITE_CODE: setting(),
  SITE_ICP: setting(),
  SITE_PSB: setting(),
  REPOSITORY_URL: setting(),
  REPOSITORY_BRANCH: setting(),
};

export default defineConfig({
  site: SITE_URL,
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  env: { schema: SETTINGS },
  markdown: {
    // SmartyPants is off: it would rewrite quotes and dashes, and the plan must stay verbatim.
    // rehypeTypography shows Chinese text with full-width punctuation and keeps figures with their units;
    // rehypeStackTables lets every table reflow to stacked rows on a phone and with large text;
    // rehypeCallButtons makes a phone number alone in its paragraph a call button (one in a sentence stays a link);
    // rehypeLinkAddresses marks links to the site's pages, which print their address (after rehypeTypography,
    // which marks the links whose words are their address).
    // renderDigest: Astro keeps rendered Markdown until its config changes, and these plugins write words into
    // it (tools/renderDigest.ts), so the config carries a digest of their sources as an option.
    processor: unified({
      remarkPlugins: [
        remarkAnchors,
        remarkNotices,
        [remarkClauses, { renderDigest: markdownRenderDigest(fileURLToPath(new URL('.', import.meta.url))) }],
        remarkPlanLinks,
        [remarkBaseLinks, { base }],
      ],
      rehypePlugins: [rehypeTypography, rehypeStackTables, rehypeCallButtons, rehypeLinkAddresses],
      smartypants: false,
    }),
  },
  integrations: [
    // First, so a bad content file stops the build with its file, field and fix.
    contentCheck(),
    siteAddressNotice(SITE_URL),
    mdx(),
    // A sitemap lists absolute URLs, so there is none without SITE_URL (robots.txt then names none either).
    ...(SITE_URL
      ? [
          sitemap({
            // Keyed by each language's path prefix (the default language by its code), from the locale table.
            i18n: {
              defaultLocale: LOCALE_TABLE.find((row) => !row.prefix).code,
              locales: Object.fromEntries(LOCALE_TABLE.map((row) => [row.prefix || row.code, row.hreflang])),
            },
            // Search result pages have no content of their own; the editors' pages (translation status, the
            // browser editor at /admin/) are not for the public.
            filter: (page) => !/\/(search|editors\/translations|admin)\/$/.test(page),
          }),
        ]
      : []),
  ],
  vite: {
    // Every bundled <script> is served as its own file from the site ('self' in the CSP), never inlined into
    // the page, however small: no inline script carries logic (only PrePaint's pre-paint line, hashed).
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which CSP allows only with 'wasm-unsafe-eval'
      // (this permits compiling WebAssembly, not eval of JavaScript).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
