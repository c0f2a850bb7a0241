// The route table (src/lib/content/routes.ts) against the built site: every page and file it names
// exists in dist/, and dist/ has no page the table does not know, so Markdown links checked against
// the table (npm run content:check) are checked against what readers will really find.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sitePaths } from '../../src/lib/content/routes.ts';
import { contentSlugs } from '../../src/lib/content/registry.ts';
import { readContentFiles } from '../../src/data/contentFiles.ts';
import { fileForUrl, pageUrls } from '../support/dist.ts';
import { LOCALES, localePath } from '../../src/i18n/locales.ts';

const routes = sitePaths(contentSlugs(readContentFiles().map((f) => f.path)));

// The sitemap and the feeds need absolute addresses, so only a build with SITE_URL makes them; dist/ has none
// (tests/site/siteAddress.test.ts), and tests/base/siteAddress.test.ts finds them in the build that has one.
const ONLY_WITH_SITE_URL = new Set([
  '/sitemap-index.xml',
  ...LOCALES.map((lang) => localePath(lang, '/progress/rss.xml', '/')),
]);

describe('route table', () => {
  it('names only pages and files that the build made', () => {
    const expected = [...routes].filter((path) => !ONLY_WITH_SITE_URL.has(path));
    expect(expected.filter((path) => !existsSync(fileForUrl(path)))).toEqual([]);
  });
  it('knows every page the build made', () => {
    expect(pageUrls().filter((url) => !routes.has(url))).toEqual([]);
  });
});
