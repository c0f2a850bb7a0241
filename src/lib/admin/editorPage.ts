// The browser editor's page (/admin/): a bare HTML shell that loads Sveltia CMS from the site itself, with
// a Content-Security-Policy of its own. The public pages' strict policy (astro.config.mjs) is not loosened:
// this page is not an Astro page, so Astro's policy does not reach it, and this one reaches nothing else.

/** Where the editor lives, under the site's base path. */
export const EDITOR_PATH = '/admin/';
/** The editor's script, @sveltia/cms's browser build kept in vendor/ and rewritten at build time (no CDN). */
export const EDITOR_SCRIPT = 'sveltia-cms.js';

/**
 * What Sveltia CMS needs, and nothing from another host: its script from this site; inline styles (Svelte
 * injects its components' CSS at run time); blob: and data: for previews of files it reads from the
 * local copy. Everything it would fetch from a CDN (interface translations, code highlighting, maps) is
 * refused by connect-src and script-src 'self' rather than allowed.
 */
export const EDITOR_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The editor page's HTML: not for search engines, not for the site's search index. */
export function editorPage(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${EDITOR_CSP}">
<meta name="robots" content="noindex, nofollow">
<title>内容编辑器 · Content editor</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body data-pagefind-ignore="all">
<noscript>内容编辑器需要 JavaScript。也可以直接编辑 content/ 中的文件。 / The content editor needs JavaScript. You can also edit the files in content/ directly.</noscript>
<script src="${EDITOR_SCRIPT}"></script>
</body>
</html>
`;
}
