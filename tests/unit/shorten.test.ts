// Where display text may be cut: clause titles, links to clauses and search snippets never break a word or a
// name, and show an ellipsis where text is missing.
import { describe, expect, it } from 'vitest';
import { excerptWindow, shorten } from '../../src/lib/typography/shorten.ts';
import { pageExcerpt } from '../../src/lib/search/excerpt.ts';
import { clauseRef } from '../../src/lib/plan/clauseRef.ts';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';

const wholeWords = (text: string) => text.replace(/…/g, '').split(/\s+/).filter(Boolean);

describe('shorten', () => {
  it('leaves a text that fits alone', () => {
    expect(shorten('健全高价值专利培育机制', 40, 'zh')).toBe('健全高价值专利培育机制');
  });
  it('ends an English phrase at a clause mark a little past the limit rather than on "in"', () => {
    const text =
      'Strengthen IP protection and rights protection assistance workstations in every locality and park, and improve the system.';
    expect(shorten(text, 80, 'en')).toBe(
      'Strengthen IP protection and rights protection assistance workstations in every locality and park…',
    );
  });
  it('cuts English at a word and never ends on a small word such as "in" or "and"', () => {
    const text = 'Support the building of centres in depth and breadth across the whole city';
    expect(shorten(text, 40, 'en')).toBe('Support the building of centres in depth…');
    expect(shorten(text, 37, 'en')).toBe('Support the building of centres…');
  });
  it('cuts Chinese after a clause mark in the second half of the limit', () => {
    expect(shorten('围绕常州市重点产业,建设一批高价值专利培育中心和示范企业', 20, 'zh')).toBe('围绕常州市重点产业…');
  });
});

describe('excerptWindow', () => {
  const text = '按照方案的要求，企业可以向中国（常州）知识产权保护中心申请快速预审，也可以拨打热线咨询。';
  it('starts a Chinese snippet at the phrase the cut falls in, with an ellipsis', () => {
    expect(excerptWindow(text, text.indexOf('常州）'), text.length, 'zh')).toBe(
      '…企业可以向中国（常州）知识产权保护中心申请快速预审，也可以拨打热线咨询。',
    );
    expect(excerptWindow(text, 2, text.length, 'zh')).toBe(text);
  });
  it('never starts inside brackets: 常州）知识产权保护中心 starts at 中国（常州）', () => {
    const long = `${'甲'.repeat(30)}向中国（常州）知识产权保护中心申请`;
    expect(excerptWindow(long, long.indexOf('常州）'), long.length, 'zh')).toBe('…中国（常州）知识产权保护中心申请');
  });
  it('marks an end cut with an ellipsis', () => {
    expect(excerptWindow(text, 0, 10, 'zh')).toMatch(/…$/);
  });
});

describe('pageExcerpt', () => {
  it('widens Pagefind’s Chinese excerpt to the whole name it starts inside', () => {
    const content =
      '知识产权纠纷人民调解委员会. 帮助当事人通过人民调解化解知识产权纠纷；方案要求落实调解协议的司法确认机制。';
    const parts = pageExcerpt('产权纠纷<mark>人民</mark><mark>调解</mark>委员会. 帮助当事人', content, 'zh');
    const text = typeof parts === 'string' ? parts : parts.map((p) => p.text).join('');
    expect(text.startsWith('知识产权纠纷人民调解委员会。')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('links to every clause of the English plan', () => {
  it('end on whole words', () => {
    const clauses = loadPlanFiles('en').flatMap((f) => f.clauses);
    const words = new Set(clauses.flatMap((c) => c.text.split(/[\s,;:.()]+/)));
    for (const clause of clauses) {
      const ref = clauseRef(clause.id, clause.text, 'en');
      if (!ref.endsWith('…')) continue;
      const last = wholeWords(ref)
        .at(-1)!
        .replace(/[,;:.()]+$/, '');
      expect(words, `${clause.id}: ${ref}`).toContain(last);
      expect(ref, clause.id).not.toMatch(/\b(in|and|of|the|to)…$/);
    }
  });
});
