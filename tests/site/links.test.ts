// Every internal link, asset and #anchor in dist/ resolves.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileForUrl, page, pageUrls } from '../support/dist.ts';

const SITE_ORIGIN = 'http://site.invalid';
const urls = pageUrls();

function internalTargets(url: string): string[] {
  const doc = page(url);
  const attrs = [
    ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
    ...doc
      .querySelectorAll('link[href]:not([rel="canonical"]):not([rel="alternate"])')
      .map((l) => l.getAttribute('href')!),
    ...doc.querySelectorAll('script[src], img[src]').map((s) => s.getAttribute('src')!),
  ];
  return attrs.filter((href) => !/^(https?:|mailto:|tel:|data:)/.test(href));
}

function resolves(from: string, href: string): string | undefined {
  const target = new URL(href, SITE_ORIGIN + from);
  const file = fileForUrl(target.pathname);
  if (!existsSync(file)) return `${href} → ${target.pathname} does not exist`;
  if (target.hash && file.endsWith('.html')) {
    const id = decodeURIComponent(target.hash.slice(1));
    const path = target.pathname.endsWith('.html') ? target.pathname : target.pathname;
    if (!page(path).getElementById(id)) return `${href} → no element with id="${id}" on ${target.pathname}`;
  }
  return undefined;
}

describe('internal links', () => {
  it.each(urls)('every link, asset and anchor on %s resolves', (url) => {
    const broken = internalTargets(url)
      .map((href) => resolves(url, href))
      .filter(Boolean);
    expect(broken).toEqual([]);
  });
});
