// dist-base/ is built with SITE_URL: on paper each internal link is followed by its full address (the site's
// address and the link's path), through a small inline style that the page's CSP allows by its hash.
// (dist/, built without SITE_URL, prints nothing after internal links: tests/browser/printParts.spec.ts.)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, page } from '../support/dist.ts';

const SITE = (JSON.parse(readFileSync('tests/fixtures/deployment.json', 'utf8')) as { SITE_URL: string }).SITE_URL;

describe.each(['/en/targets/', '/plan/'])('%s printed from a build with SITE_URL', (url) => {
  const doc = page(`${BASE}${url}`);
  const rule = doc.querySelectorAll('head style').find((s) => s.textContent.includes('attr(href)'));

  it("writes the site's address before each internal link's path", () => {
    expect(rule?.textContent).toContain(`"${SITE}" attr(href)`);
    expect(doc.querySelector(`main a[href^="${BASE}/"]`), 'an internal link to print').not.toBeNull();
  });

  it('is allowed by the Content Security Policy', () => {
    const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    const hash = createHash('sha256').update(rule!.textContent).digest('base64');
    expect(csp).toContain(`'sha256-${hash}'`);
  });
});
