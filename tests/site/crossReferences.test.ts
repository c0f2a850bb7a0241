// A sentence that sends the reader to a named part of the same page ("见下方“办理步骤”", 'see "Steps" below')
// must name a heading the page shows, in the words the page shows it. The generated 繁體 edition broke this
// once: its content kept the Chinese page's words (公開來源中的信息) while its headings took the interface's
// Taiwan words (公開來源中的資訊), so the reader looked for a heading that was not there.
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { compactText, page, pageUrls } from '../support/dist.ts';

/** "见下方“X”", "見下方「X」", 'see "X" below', "see “X” below": the named part X. */
const POINTERS = [/[见見](?:本页|本頁)?下方[“「]([^”」]+)[”」]/g, /see ["“]([^"”]+)["”] (?:below|further down)/gi];

/** Every heading, table header, caption and disclosure summary on the page: what a reader can look for. */
function namedParts(main: HTMLElement): Set<string> {
  return new Set(main.querySelectorAll('h2, h3, h4, th, caption, summary').map((el) => compactText(el)));
}

describe('pointers to a part of the same page', () => {
  const found: Array<{ url: string; name: string; named: boolean }> = [];
  for (const url of pageUrls()) {
    const main = page(url).querySelector('main');
    if (!main) continue;
    const text = compactText(main);
    const parts = namedParts(main);
    for (const pattern of POINTERS)
      for (const [, name] of text.matchAll(pattern)) found.push({ url, name, named: parts.has(name.trim()) });
  }

  it('each names a heading the page shows, in its words', () => {
    expect(found.filter((f) => !f.named)).toEqual([]);
  });
});
