// Astro configuration: a static, bilingual site (zh at /, en at /en/) with the unified Markdown
// pipeline and our remark plugins, a strict Content Security Policy and a sitemap with hreflang.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkClauses } from './src/lib/markdown/remarkClauses.ts';
import { remarkBaseLinks } from './src/lib/markdown/remarkBaseLinks.ts';
import { SITE_URL } from './src/site.config.ts';

// BASE_PATH deploys the site under a path (e.g. GitHub Pages at /<repo>/); see README, "Deploying".
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: SITE_URL,
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  markdown: {
    // SmartyPants is off: it would rewrite quotes and dashes, and the plan must stay verbatim.
    processor: unified({ remarkPlugins: [remarkClauses, [remarkBaseLinks, { base }]], smartypants: false }),
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
      // Search result pages have no content of their own; the editors' page is not for the public.
      filter: (page) => !/\/(search|editors\/translations)\/$/.test(page),
    }),
  ],
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
