// On paper a link cannot be followed: every link in a guide's content to another page of the site is marked to
// print its address (as many as the content file has, none lost on the way), links into the plan print their
// address (the clause's anchor included) after the clause's name, and navigation, headers and footers print none. The print
// stylesheet says what is printed; dist/ is built without SITE_URL, so the address is the site path.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, fileForUrl, page } from '../support/dist.ts';
import { localePath, splitLocale } from '../../src/i18n/locales.ts';

/** The links in a content file to the site's pages, by their address, the plan's clauses left out. */
function siteLinks(file: string): string[] {
  const body = readFileSync(file, 'utf8').replace(/^---[\s\S]*?---/, '');
  return [...body.matchAll(/\]\((\/[^)\s]*)\)/g)].map(([, url]) => url).filter((url) => !/\/plan\/#/.test(url));
}

describe.each([
  ['/overseas/', 'content/overseas/zh.mdx'],
  ['/en/overseas/', 'content/overseas/en.mdx'],
  ['/zh-hant/overseas/', 'content/overseas/zh.mdx'],
  ['/disputes-abroad/', 'content/pages/zh/disputes-abroad.md'],
  ['/en/disputes-abroad/', 'content/pages/en/disputes-abroad.md'],
])('%s on paper', (url, file) => {
  const doc = page(url);
  const { lang } = splitLocale(url, '');

  it("marks every link in the content to another of the site's pages, in the page's language", () => {
    // The way to the filing planner is the page's own component, not the content's: its link is counted apart.
    const marked = doc
      .querySelectorAll('main a[data-print-address]')
      .filter((a) => !a.closest('[data-planner-link]'))
      .map((a) => a.getAttribute('href')!);
    const expected = siteLinks(file);
    expect(expected.length, `${file} links to no page of the site`).toBeGreaterThan(0);
    expect(marked).toHaveLength(expected.length);
    expect(marked.filter((href) => !href.startsWith(localePath(lang, '/')))).toEqual([]);
  });

  it('prints where the way to the filing planner leads, on the guide that has it', () => {
    const way = doc.querySelector('[data-planner-link] a');
    if (!url.includes('/overseas/')) return expect(way).toBeNull();
    expect(way!.getAttribute('href')).toBe(localePath(lang, '/overseas/planner/'));
    expect(way!.hasAttribute('data-print-address')).toBe(true);
  });

  it('marks no link in the header, the breadcrumbs, the footer or a navigation', () => {
    expect(doc.querySelectorAll(':is(header, footer, nav, .breadcrumbs) [data-print-address]')).toHaveLength(0);
  });

  it('prints the path after a link to a page, and after a link into the plan the clause it opens at', () => {
    const css = readFileSync(fileForUrl(`${BASE}/print/${lang}.css`), 'utf8');
    expect(css).toContain('main a[data-print-address]::after');
    expect(css).toContain('main a:has(> .print-ref)::after { content: " (" attr(href) ")"; }');
    expect(doc.querySelector(`main a[href^="${localePath(lang, '/plan/')}#"]:has(> .print-ref)`)).not.toBeNull();
  });
});
