// The search suite and index without a browser: the query suite (the project's own queries and a held-back set
// written by people who had not seen the site's wording, many of them questions) is large enough and mostly
// questions, and the index holds only main content. The suite is typed into the real search page in Chromium
// by tests/browser/search.spec.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';

interface Query {
  q: string;
  style: 'term' | 'question';
}
const suite = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as Record<'zh' | 'en', Query[]>;
describe('the query suite', () => {
  it.each(['zh', 'en'] as const)('has at least 80 %s queries, half of them questions or colloquial phrases', (lang) => {
    expect(suite[lang].length).toBeGreaterThanOrEqual(80);
    expect(suite[lang].filter((q) => q.style === 'question').length).toBeGreaterThanOrEqual(suite[lang].length / 2);
  });
});

describe('the search index', () => {
  it('indexes only the main content: no navigation or footer text in the index body', () => {
    const doc = page('/plan/');
    expect(
      doc.querySelector('header [data-pagefind-body], footer [data-pagefind-body], nav[data-pagefind-body]'),
    ).toBeNull();
    expect(doc.querySelector('main')!.hasAttribute('data-pagefind-body')).toBe(true);
  });
});
