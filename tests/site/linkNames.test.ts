// A screen reader's list of links names each link by its accessible name alone: two links that say the same
// ("Read the clause", "查看原文") but lead to different places cannot be told apart there. On every page, links
// with the same name lead to the same address.
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { page, pageUrls } from '../support/dist.ts';

/** The name a screen reader gives a link (the parts of the accessible-name rules the site uses): aria-label,
 *  else its text, visually hidden text included, aria-hidden parts and images by their alt. */
function accessibleName(link: HTMLElement): string {
  const label = link.getAttribute('aria-label');
  if (label) return label.trim();
  const text = (el: HTMLElement): string =>
    el.childNodes
      .map((node) => {
        if (node.nodeType === 3) return node.rawText;
        const child = node as HTMLElement;
        if (child.getAttribute('aria-hidden') === 'true') return '';
        if (child.tagName === 'IMG') return child.getAttribute('alt') ?? '';
        return text(child);
      })
      .join('');
  return text(link).replace(/\s+/g, ' ').trim();
}

/** Same-page addresses compared with the page's own path, so "#x" and "/plan/#x" count as one address. */
function address(href: string, url: string): string {
  const target = new URL(href, `http://site.invalid${url}`);
  return target.pathname + target.hash;
}

describe('link names', () => {
  it.each(pageUrls())('links on %s that share a name lead to the same address', (url) => {
    const byName = new Map<string, Set<string>>();
    for (const link of page(url).querySelectorAll('a[href]')) {
      const name = accessibleName(link);
      const targets = byName.get(name) ?? new Set<string>();
      targets.add(address(link.getAttribute('href')!, url));
      byName.set(name, targets);
    }
    const ambiguous = [...byName]
      .filter(([, targets]) => targets.size > 1)
      .map(([name, targets]) => `"${name}" → ${[...targets].join(', ')}`);
    expect(ambiguous).toEqual([]);
  });
});
