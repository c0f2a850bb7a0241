// A guide's section as its search snippets are taken from: its heading to the next heading, never the words
// before it (the explainer's "原文：四（一）" link that ends the section before 四（二）).
import { describe, expect, it } from 'vitest';
import { sectionText } from '../../src/lib/search/sectionText.ts';
import { pageExcerpt } from '../../src/lib/search/excerpt.ts';

const ZWS = '\u200B';
// As Pagefind stores a segmented Chinese page: words between zero-width spaces, a heading a word of its own.
const chineseWords = [
  '原文',
  '：',
  '四',
  '（',
  '一',
  '） ',
  '加大',
  '知识',
  '产权',
  '保护',
  '力度',
  '. ',
  '方案',
  '要',
  '织密',
  '保护',
  '网络',
  '。',
  '原文',
  '：',
  '四',
  '（',
  '二',
  '） ',
  '提升',
  '运用',
  '水平',
  '. ',
];
const chinese = chineseWords.join(ZWS);
const at = (word: string, from = 0) => chineseWords.indexOf(word, from);
const chineseAnchors = [
  { element: 'h3', id: '加大知识产权保护力度', text: '加大知识产权保护力度', location: at('加大') },
  { element: 'p', id: 'note', text: '', location: at('方案') },
  { element: 'h3', id: '提升知识产权运用水平', text: '提升知识产权运用水平', location: at('提升') },
];

describe('sectionText', () => {
  it('runs from the heading to the next heading, leaving out the clause number that ends the section before', () => {
    const text = sectionText(chinese, chineseAnchors, at('加大'))!;
    expect(text.startsWith('加大知识产权保护力度')).toBe(true);
    expect(text).toContain('四（二）');
    expect(text).not.toContain('四（一）');
    expect(text).not.toContain('提升');
  });
  it('counts only headings as where a section ends, not other anchors', () => {
    expect(sectionText(chinese, chineseAnchors, at('加大'))).toContain('织密保护网络');
  });
  it('runs to the end of the page from the last heading', () => {
    expect(sectionText(chinese, chineseAnchors, at('提升'))).toBe('提升运用水平.');
  });
  it('splits an English page at white space and undoes Pagefind’s escaping', () => {
    const english = 'Original: IV (1) Strengthen IP protection. Fines &lt; 5 million. Original: IV (2) Next part.';
    const words = english.split(' ');
    const anchors = [
      { element: 'h3', id: 'protection', text: 'Strengthen IP protection', location: words.indexOf('Strengthen') },
      { element: 'h3', id: 'next', text: 'Next part', location: words.indexOf('Next') },
    ];
    expect(sectionText(english, anchors, words.indexOf('Strengthen'))).toBe(
      'Strengthen IP protection. Fines < 5 million. Original: IV (2)',
    );
  });
  it('gives nothing for a location outside the text, so the caller keeps the whole page', () => {
    expect(sectionText(chinese, chineseAnchors, chineseWords.length + 3)).toBeUndefined();
  });
});

describe('a section’s snippet widened within its own text', () => {
  it('does not reach back over the heading to the clause number before it', () => {
    const excerpt = '<mark>加大</mark>知识产权<mark>保护</mark>力度. 方案要织密';
    const page = chineseWords.join('');
    const own = sectionText(chinese, chineseAnchors, at('加大'))!;
    const text = (parts: ReturnType<typeof pageExcerpt>) =>
      typeof parts === 'string' ? parts : parts.map((p) => p.text).join('');
    // Widened within the page, the snippet took the words before the heading: the defect readers saw.
    expect(text(pageExcerpt(excerpt, page, 'zh'))).toContain('四（一）');
    expect(text(pageExcerpt(excerpt, own, 'zh'))).not.toContain('四（一）');
    expect(text(pageExcerpt(excerpt, own, 'zh')).startsWith('加大知识产权保护力度')).toBe(true);
  });
});
