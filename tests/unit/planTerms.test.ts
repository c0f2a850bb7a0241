// A subject only the plan answers (trade secrets, customs: no page of their own in the vocabulary) is answered by
// the clause that uses its word, as a plan term typed as it is; a word in nearly every clause marks none.
import { describe, expect, it } from 'vitest';
import { planTermClauses, type Anchor } from '../../src/lib/search/clauseHits.ts';
import { planOnlySubjects } from '../../src/lib/search/vocabulary.ts';
import type { VocabularyEntry } from '../../src/lib/schemas/glossarySynonyms.ts';

const vocabulary: VocabularyEntry[] = [
  { site: { zh: ['商业秘密'], en: ['trade secrets'] }, say: { zh: ['泄密'], en: ['stole'] } },
  { site: { zh: ['维权援助'], en: ['rights protection assistance'] }, pages: ['/services/rights-assistance/'] },
];

describe('planOnlySubjects', () => {
  it('gives the site word of a subject the vocabulary has no page for, in the page language', () => {
    expect(planOnlySubjects('employee stole trade secrets what can I do', 'en', vocabulary)).toEqual(['trade secrets']);
    expect(planOnlySubjects('员工泄密怎么办', 'zh', vocabulary)).toEqual(['商业秘密']);
  });

  it('gives nothing for a subject with an answer page of its own', () => {
    expect(planOnlySubjects('rights protection assistance', 'en', vocabulary)).toEqual([]);
  });
});

describe('planTermClauses', () => {
  const clause = (id: string, text: string, location: number): Anchor => ({ element: 'p', id, text, location });

  it('marks the clauses that use the term', () => {
    const anchors = [clause('task-2-2-2', 'Protect trade secrets.', 0), clause('task-1-1-1', 'Patents.', 10)];
    expect([...planTermClauses(anchors, ['trade secrets'])]).toEqual(['task-2-2-2']);
  });

  it('marks none for a word in more clauses than a search lists (the office named among the responsible units)', () => {
    const anchors = Array.from({ length: 12 }, (_, i) => clause(`task-${i}`, 'Responsible units: IP Office', i * 10));
    expect(planTermClauses(anchors, ['IP Office']).size).toBe(0);
  });
});
