// The figures pass over rendered Markdown: a source's address written out as its link's words is an address,
// not figures (its digits were set apart and underlined one run at a time on paper), and it is marked so the
// printout does not print the address a second time after it.
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { VFile } from 'vfile';
import { rehypeTypography } from '../../src/lib/markdown/rehypeTypography.ts';

const link = (href: string, text: string): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { href },
  children: [{ type: 'text', value: text }],
});

function run(...children: Element[]): Element[] {
  const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children }] };
  rehypeTypography()(tree, new VFile({ path: '/project/content/overseas/en.mdx' }));
  return (tree.children[0] as Element).children as Element[];
}

describe('rehypeTypography and links', () => {
  it('leaves a link whose words are its address whole, marked as showing its address', () => {
    const url = 'https://www.epo.org/en/legal/epc/2020/r159.html';
    const [a] = run(link(url, url));
    expect(a.children).toEqual([{ type: 'text', value: url }]);
    expect(a.properties.dataShowsAddress).toBe('');
  });
  it('treats an address written without its scheme the same', () => {
    const [a] = run(link('https://www.wipo.int/pct/en/', 'www.wipo.int/pct/en'));
    expect(a.properties.dataShowsAddress).toBe('');
  });
  it('still keeps figures with their units in a link with words of its own', () => {
    const [a] = run(link('https://example.org/', 'within 30 months'));
    expect(a.properties.dataShowsAddress).toBeUndefined();
    expect(a.children.some((c) => c.type === 'element' && c.tagName === 'span')).toBe(true);
  });
});
