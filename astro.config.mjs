// Astro configuration: a static, bilingual site (zh at /, en at /en/) with the unified Markdown
// pipeline and our remark plugins, the content check, a strict Content Security Policy and a sitemap with hreflang.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkAnchors } from './src/lib/markdown/remarkAnchors.ts';
import { remarkClauses } from './src/lib/markdown/remarkClauses.ts';
import { remarkNotices } from './src/lib/markdown/remarkNotices.ts';
import { rehypeTypography } from './src/lib/markdown/rehypeTypography.ts';
import { remarkBaseLinks } from './src/lib/markdown/remarkBaseLinks.ts';
import { contentCheck } from './src/data/checked.ts';
import { siteAddressNotice } from './src/data/siteAddress.ts';
import { SITE_URL } from './src/site.config.ts';
import { LOCALE_TABLE } from './src/i18n/localeTable.ts';

// BASE_PATH deploys the site under a path (e.g. GitHub Pages at /<repo>/); see docs/deploying.md.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: SITE_URL,
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  markdown: {
    // SmartyPants is off: it would rewrite quotes and dashes, and the plan must stay verbatim.
    // rehypeTypography shows Chinese text with full-width punctuation and keeps figures with their units.
    processor: unified({
      remarkPlugins: [remarkAnchors, remarkNotices, remarkClauses, [remarkBaseLinks, { base }]],
      rehypePlugins: [rehypeTypography],
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
