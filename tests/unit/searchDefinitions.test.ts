// A term the explainer defines is answered by its definition when searched for alone.
import { describe, expect, it } from 'vitest';
import { EXPLAINER_PATH, answeredByDefinition } from '../../src/lib/search/definitions.ts';
import { soleSubject } from '../../src/lib/search/vocabulary.ts';
import type { VocabularyEntry } from '../../src/lib/schemas/glossarySynonyms.ts';

const vocabulary: VocabularyEntry[] = [
  {
    site: { zh: ['地理标志'], en: ['geographical indication'] },
    pages: [EXPLAINER_PATH, '/targets/gi-product-sales/'],
  },
  { site: { zh: ['马德里'], en: ['Madrid'] }, pages: ['/overseas/'] },
  { site: { zh: ['知识产权'], en: ['intellectual property'] }, pages: [EXPLAINER_PATH, '/services/'], broad: true },
];

describe('answeredByDefinition', () => {
  it('lets the definition lead for a term whose first listed page is the explainer', () => {
    expect(answeredByDefinition(soleSubject(['地理标志'], vocabulary))).toBe(true);
    expect(answeredByDefinition(soleSubject(['geographical', 'indication'], vocabulary))).toBe(true);
  });

  it('leaves the plan first for a term answered by another page, for a whole field, and for a longer query', () => {
    expect(answeredByDefinition(soleSubject(['马德里'], vocabulary))).toBe(false);
    expect(answeredByDefinition(soleSubject(['知识产权'], vocabulary))).toBe(false);
    expect(answeredByDefinition(soleSubject(['地理标志', '销售额'], vocabulary))).toBe(false);
  });
});
