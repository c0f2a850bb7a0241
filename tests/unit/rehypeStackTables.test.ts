// Markdown tables reflow on a phone and with large text: each cell carries its column's name.
import { describe, expect, it } from 'vitest';
import type { Element, ElementContent } from 'hast';
import { stackTable } from '../../src/lib/markdown/rehypeStackTables.ts';

const el = (tagName: string, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });
const row = (cell: string, cells: ElementContent[][]) =>
  el(
    'tr',
    cells.map((c) => el(cell, c)),
  );

describe('stackTable', () => {
  it("marks a table to stack and gives each cell its column's heading, as the reader sees it", () => {
    const body = row('td', [[text('Patent')], [el('strong', [text('12')]), text(' months')]]);
    const table = el('table', [
      el('thead', [row('th', [[text('Right')], [text('Paris '), el('em', [text('Convention')])]])]),
      el('tbody', [body]),
    ]);
    expect(stackTable(table)).toBe(true);
    expect(table.properties.dataStack).toBe('');
    const [first, second] = body.children as Element[];
    expect(first!.properties.dataLabel).toBe('Right');
    expect(second!.properties.dataLabel).toBe('Paris Convention');
  });
  it('gives no label to a row heading, which names its row', () => {
    const body = row('th', [[text('Patent')]]);
    stackTable(el('table', [el('thead', [row('th', [[text('Right')]])]), el('tbody', [body])]));
    expect((body.children[0] as Element).properties.dataLabel).toBeUndefined();
  });
  it('leaves a table without a header row as it is', () => {
    const table = el('table', [el('tbody', [row('td', [[text('a')]])])]);
    expect(stackTable(table)).toBe(false);
    expect(table.properties.dataStack).toBeUndefined();
  });
});
