// dist-base/ is built with SITE_URL: on paper a link in content to a page of the site prints its full address
// (the site's address and the link's path), a link into the plan too (its clause's anchor included), through the
// per-language print stylesheet the page links — no inline style for the CSP to allow.
// (dist/, built without SITE_URL, prints the path on the site: tests/site/printLinks.test.ts.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, fileForUrl, page } from '../support/dist.ts';

const SITE = (JSON.parse(readFileSync('tests/fixtures/deployment.json', 'utf8')) as { SITE_URL: string }).SITE_URL;

describe.each([
  ['/en/overseas/', 'en', '/en/plan/'],
  ['/overseas/', 'zh', '/plan/'],
])('%s printed from a build with SITE_URL', (url, lang, plan) => {
  const doc = page(`${BASE}${url}`);
  const href = doc
    .querySelectorAll('link[rel="stylesheet"][media="print"]')
    .map((link) => link.getAttribute('href')!)
    .find((h) => h.endsWith(`/print/${lang}.css`));
  const css = href ? readFileSync(fileForUrl(href), 'utf8') : '';

  it("writes the site's address before each content link's path", () => {
    expect(css).toContain(`"${SITE}" attr(href)`);
    expect(doc.querySelector(`main a[data-print-address][href^="${BASE}/"]`), 'a content link to print').not.toBeNull();
  });

  it("writes a link into the plan's full address, the clause's anchor included", () => {
    expect(css).toContain(`main a:has(> .print-ref)::after { content: " (" "${SITE}" attr(href) ")"; }`);
    expect(
      doc.querySelector(`main a[href^="${BASE}${plan}#"]:has(> .print-ref)`),
      'a link into the plan',
    ).not.toBeNull();
  });

  it('needs no inline style', () => {
    expect(doc.querySelectorAll('head style').filter((s) => s.textContent.includes('attr(href)'))).toHaveLength(0);
  });
});
