// A phone number alone in its paragraph is a call button; one inside a sentence stays a plain link.
import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { groupCallButtons } from '../../src/lib/markdown/rehypeCallButtons.ts';

const el = (tagName: string, children: ElementContent[] = [], properties = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });
const tel = (number: string, words = number) => el('a', [text(words)], { href: `tel:${number}` });
const classesOf = (node: Element) => node.properties.className;

describe('groupCallButtons', () => {
  it('leaves a number inside a sentence as an ordinary link', () => {
    const link = tel('12330');
    const root: Root = { type: 'root', children: [el('p', [text('先保存好证据,打'), link, text('咨询或投诉')])] };
    groupCallButtons(root);
    expect(classesOf(link)).toBeUndefined();
    expect((root.children[0] as Element).tagName).toBe('p');
  });

  it('makes numbers alone in their paragraphs buttons, kept together in one group', () => {
    const first = tel('12330', '拨打12330');
    const second = tel('12345', '拨打12345');
    const root: Root = {
      type: 'root',
      children: [
        el('h2', [text('在常州可以找谁')]),
        text('\n'),
        el('p', [first]),
        text('\n'),
        el('p', [text(' '), second, text('\n')]),
        text('\n'),
        el('p', [text('12330是……')]),
      ],
    };
    groupCallButtons(root);
    expect(classesOf(first)).toEqual(['call-button']);
    expect(classesOf(second)).toEqual(['call-button']);
    const groups = root.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'div');
    expect(groups).toHaveLength(1);
    expect(classesOf(groups[0]!)).toEqual(['call-buttons']);
    expect(groups[0]!.children.filter((node) => node.type === 'element')).toHaveLength(2);
    expect((root.children.at(-1) as Element).tagName).toBe('p');
  });

  it('finds a button inside a list item or section, and keeps a link of another kind alone as it is', () => {
    const call = tel('12330');
    const web = el('a', [text('12315')], { href: 'https://www.12315.cn/' });
    const root: Root = { type: 'root', children: [el('section', [el('p', [call]), el('p', [web])])] };
    groupCallButtons(root);
    expect(classesOf(call)).toEqual(['call-button']);
    expect(classesOf(web)).toBeUndefined();
  });
});
