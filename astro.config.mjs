// Astro configuration: a static, bilingual site (zh at /, en at /en/) with the unified Markdown
// pipeline and our remark plugins, a strict Content Security Policy and a sitemap with hreflang.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkClauses } from './src/lib/markdown/remarkClauses.ts';
import { rehypeTypography } from './src/lib/markdown/rehypeTypography.ts';
import { SITE_URL } from './src/site.config.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  markdown: {
    // SmartyPants is off: it would rewrite quotes and dashes, and the plan must stay verbatim.
    // rehypeTypography shows Chinese text with full-width punctuation and keeps figures with their units.
    processor: unified({ remarkPlugins: [remarkClauses], rehypePlugins: [rehypeTypography], smartypants: false }),
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
