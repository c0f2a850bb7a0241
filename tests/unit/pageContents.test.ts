// The contents list of a free-standing page: long pages list their sections, short pages go without.
import { describe, expect, it } from 'vitest';
import { CONTENTS_MIN_SECTIONS, pageContents, type PageHeading } from '../../src/lib/content/pageContents.ts';

const section = (n: number): PageHeading => ({ depth: 2, slug: `section-${n}`, text: `Section ${n}` });
const sections = (count: number) => Array.from({ length: count }, (_, i) => section(i + 1));

describe('the contents list of a free-standing page', () => {
  it('lists every section of a long page, in order', () => {
    const headings = sections(CONTENTS_MIN_SECTIONS);
    expect(pageContents(headings).map((item) => item.id)).toEqual(headings.map((h) => h.slug));
  });

  it('nests a subsection under its section and leaves deeper headings out', () => {
    const headings = [
      ...sections(CONTENTS_MIN_SECTIONS),
      { depth: 3, slug: 'deadlines', text: 'Deadlines' },
      { depth: 4, slug: 'detail', text: 'Detail' },
    ];
    const last = pageContents(headings).at(-1)!;
    expect(last.children.map((item) => item.text)).toEqual(['Deadlines']);
  });

  it('gives a short page no contents list', () => {
    expect(pageContents(sections(CONTENTS_MIN_SECTIONS - 1))).toEqual([]);
  });
});
