// The route table (src/lib/content/routes.ts) against the built site: every page and file it names
// exists in dist/, and dist/ has no page the table does not know, so Markdown links checked against
// the table (npm run content:check) are checked against what readers will really find.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sitePaths } from '../../src/lib/content/routes.ts';
import { contentSlugs } from '../../src/lib/content/registry.ts';
import { readContentFiles } from '../../src/data/contentFiles.ts';
import { fileForUrl, pageUrls } from '../support/dist.ts';

const routes = sitePaths(contentSlugs(readContentFiles().map((f) => f.path)));

describe('route table', () => {
  it('names only pages and files that the build made', () => {
    expect([...routes].filter((path) => !existsSync(fileForUrl(path)))).toEqual([]);
  });
  it('knows every page the build made', () => {
    expect(pageUrls().filter((url) => !routes.has(url))).toEqual([]);
  });
});
