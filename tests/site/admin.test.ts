// The browser editor as built into dist/admin/: its configuration is the one generated from the registry
// and schemas, its page is kept from search engines and the site's search, its policy allows no other
// host, and nothing in it asks a CDN. The public pages keep their own policy (tests/site/trust.test.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';
import { cmsConfig } from '../../src/lib/admin/cmsConfig.ts';
import { KIND_LABELS } from '../../src/lib/admin/labels.ts';
import { EDITOR_CSP, EDITOR_PATH, EDITOR_SCRIPT } from '../../src/lib/admin/editorPage.ts';
import { ICON_FONT, UI_LOCALES } from '../../src/lib/admin/selfHost.ts';
import { siteSettings } from '../../src/lib/site/settings.ts';

// The settings as the build read them (src/site.config.ts reads astro:env, which exists only inside Astro).
const { repositoryUrl: REPOSITORY_URL, repositoryBranch: REPOSITORY_BRANCH } = siteSettings(process.env);

const folder = join(DIST, EDITOR_PATH);
const read = (file: string) => readFileSync(join(folder, file), 'utf8');
const html = parseHtml(read('index.html'));

describe('the browser editor in dist/', () => {
  it('serves the configuration generated from the registry and schemas', () => {
    const { name } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string };
    const expected = cmsConfig({
      labels: KIND_LABELS,
      repositoryUrl: REPOSITORY_URL,
      branch: REPOSITORY_BRANCH,
      localName: name,
    });
    expect(parseYaml(read('config.yml'))).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('asks search engines not to index its page, which has its own policy', () => {
    expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(html.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(EDITOR_CSP);
  });

  it('loads its script, icon font and Chinese interface from the site', () => {
    expect(html.querySelectorAll('script').map((s) => s.getAttribute('src'))).toEqual([EDITOR_SCRIPT]);
    for (const file of [EDITOR_SCRIPT, ICON_FONT, ...UI_LOCALES.map((l) => `locales/${l}.json`)])
      expect(existsSync(join(folder, file)), file).toBe(true);
    expect(read(EDITOR_SCRIPT)).not.toContain('cdn.jsdelivr.net');
  });

  it('is not in the site’s search index', () => {
    const dir = join(DIST, 'pagefind', 'fragment');
    const urls = readdirSync(dir).map(
      (file) =>
        (
          JSON.parse(
            gunzipSync(readFileSync(join(dir, file)))
              .subarray('pagefind_dcd'.length)
              .toString('utf8'),
          ) as { url: string }
        ).url,
    );
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => url.includes(EDITOR_PATH))).toEqual([]);
  });
});
