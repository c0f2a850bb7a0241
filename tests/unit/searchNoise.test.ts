// What a reader searching for a hotline or a complaint should not get: pages that only contain a piece of the
// number (12 in 12个月), and a plan clause that uses the word ahead of the page that says what to do.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasWholeNumbers, wholeNumbers } from '../../src/lib/search/wholeNumbers.ts';
import { asksInOwnWords } from '../../src/lib/search/vocabulary.ts';
import type { VocabularyEntry } from '../../src/lib/schemas/glossarySynonyms.ts';

const vocabulary = JSON.parse(readFileSync('content/glossary/synonyms.json', 'utf8')) as VocabularyEntry[];

describe('a number searched for', () => {
  it('is a hotline or phone number of five digits or more, not a year or a count', () => {
    expect(wholeNumbers('12315投诉')).toEqual(['12315']);
    expect(wholeNumbers('2025年 100件')).toEqual([]);
  });

  it('is on a page only when the page has it whole', () => {
    expect(hasWholeNumbers('优先权期12个月;2023年12月', ['12315'])).toBe(false);
    expect(hasWholeNumbers('拨打12330热线', ['12330'])).toBe(true);
    expect(hasWholeNumbers('编号1233012', ['12330'])).toBe(false);
    expect(hasWholeNumbers('any page', [])).toBe(true);
  });
});

describe('a subject in the reader’s own words', () => {
  // The words people say for the complaint hotline's subject, and the plan's own terms, from the vocabulary.
  const hotline = vocabulary.find((e) => e.pages?.includes('/services/hotline-12330/') && e.site.zh.includes('12330'))!;

  it.each([...hotline.say!.zh, ...hotline.say!.en])('puts the answer page first for “%s”', (word) => {
    expect(asksInOwnWords(word, vocabulary)).toBe(true);
  });

  it('leaves a plan term to its clause', () => {
    expect(asksInOwnWords('地理标志', vocabulary)).toBe(false);
  });
});
