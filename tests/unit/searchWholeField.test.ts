// A query that is nothing but one word of the vocabulary (商标, 知识产权, "trademark") is answered by the pages the
// editors listed for it, not by the first clause or the shortest title that happens to contain the word; a word for
// a whole field (`broad`) says nothing about a longer query, whose other words say what is meant.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clauseHits } from '../../src/lib/search/clauseHits.ts';
import { rerankByTitle } from '../../src/lib/search/rerank.ts';
import { entriesIn, soleSubject, subjectWords } from '../../src/lib/search/vocabulary.ts';
import { queryWords } from '../../src/lib/search/queryWords.ts';
import type { VocabularyEntry } from '../../src/lib/schemas/glossarySynonyms.ts';

const vocabulary = JSON.parse(readFileSync('content/glossary/synonyms.json', 'utf8')) as VocabularyEntry[];
const broad = vocabulary.filter((entry) => entry.broad);
const trademark = broad.find((entry) => entry.site.en.includes('trademark'))!;
const ip = broad.find((entry) => entry.site.en.includes('intellectual property'))!;

describe('the vocabulary’s words for whole fields', () => {
  it('name the guide to infringement for every right, and the overview for intellectual property itself', () => {
    expect(broad.length).toBeGreaterThan(1);
    for (const entry of broad.filter((e) => e !== ip))
      expect(entry.pages, entry.site.zh[0]).toContain('/infringement/');
    expect(ip.pages?.[0]).toBe('/plan/explained/');
  });

  it.each([
    ['商标', 'zh'],
    ['常州 商标', 'zh'],
    ['what is a trademark', 'en'],
    ['Trademarks', 'en'],
  ] as const)('answer “%s”, the field named alone, with its pages', (query, lang) => {
    expect(soleSubject(queryWords(query, lang), vocabulary)).toEqual({ pages: trademark.pages, broad: true });
  });

  it.each([
    ['商标被抄袭', 'zh'],
    ['trademark copied', 'en'],
  ] as const)('leave “%s” to its other words: not a subject of its own, no pages of their own', (query, lang) => {
    expect(soleSubject(queryWords(query, lang), vocabulary).pages).not.toContain('/services/trademark-window/');
    expect(entriesIn(query, vocabulary).map(({ entry }) => entry)).not.toContain(trademark);
    expect(subjectWords(query, lang, vocabulary)).not.toContain(trademark.site[lang === 'en' ? 'en' : 'zh'][0]);
  });

  it('answer a subject named alone with its own pages, broad or not (马德里)', () => {
    const madrid = vocabulary.find((entry) => entry.site.zh.includes('马德里'))!;
    expect(soleSubject(['马德里'], vocabulary)).toEqual({ pages: madrid.pages, broad: false });
    expect(soleSubject([], vocabulary).pages).toEqual([]);
  });
});

describe('rerankByTitle with the pages for the subject named alone', () => {
  it('puts those pages first, in the order listed, before titles that contain the word', () => {
    const hits = [
      { title: '常州商标受理窗口', url: '/services/trademark-window/' },
      { title: '常州市商标品牌指导站', url: '/services/brand-guidance-station/' },
      { title: '我遇到知识产权侵权或纠纷', url: '/infringement/' },
    ];
    const ranked = rerankByTitle(hits, '商标', ['商标'], [], ['/services/trademark-window/', '/infringement/']);
    expect(ranked.map((hit) => hit.url)).toEqual([
      '/services/trademark-window/',
      '/infringement/',
      '/services/brand-guidance-station/',
    ]);
  });
});

describe('clauseHits for a word in nearly every clause', () => {
  // Nine clauses use 知识产权, more than a search lists: none is marked out by it, so none leads the results.
  const plan = Array.from({ length: 9 }, (_, i) => ({
    element: 'p',
    id: `task-${i}`,
    text: `条款${i}：知识产权`,
    location: i * 10,
  }));
  it('marks no clause exact, and ranks them by their matches', () => {
    const hits = clauseHits(plan, [1, 41, 42, 43, 81], '知识产权');
    expect(hits.filter((h) => h.exact)).toEqual([]);
    expect(hits[0].id).toBe('task-4');
  });
  it('still marks the clauses of a word fewer clauses use', () => {
    expect(clauseHits(plan.slice(0, 6), [1, 41], '知识产权').every((h) => h.exact)).toBe(true);
  });
});
