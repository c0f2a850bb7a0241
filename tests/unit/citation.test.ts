// A clause's citation, as a reader pastes it into a paper: GB/T 7714 for Chinese references, plain English.
import { describe, expect, it } from 'vitest';
import { citeEnglish, citeGbt7714, type ClauseCitationFacts } from '../../src/lib/plan/citation.ts';
import { PLAN_ISSUED, PLAN_ISSUER, PLAN_TITLE } from '../../src/lib/plan/facts.ts';

const clause = (over: Partial<ClauseCitationFacts> = {}): ClauseCitationFacts => ({
  issuer: PLAN_ISSUER.zh,
  title: PLAN_TITLE.zh,
  clause: '四(五)1',
  issued: PLAN_ISSUED,
  url: 'https://ip.example.org/plan/#task-5-1-1',
  accessed: '2026-01-15',
  ...over,
});

describe('GB/T 7714 citation', () => {
  it('names issuer, title with the clause, [EB/OL], the issue date, the day read and the clause’s address', () => {
    expect(citeGbt7714(clause())).toBe(
      `${PLAN_ISSUER.zh}. ${PLAN_TITLE.zh}: 四(五)1[EB/OL]. (${PLAN_ISSUED})[2026-01-15]. https://ip.example.org/plan/#task-5-1-1.`,
    );
  });
  it('cites the whole plan without a clause number', () => {
    expect(citeGbt7714(clause({ clause: undefined }))).toContain(`${PLAN_TITLE.zh}[EB/OL]`);
  });
  it('rejects a date that is not YYYY-MM-DD, naming the field', () => {
    expect(() => citeGbt7714(clause({ accessed: '15/01/2026' }))).toThrow(/accessed "15\/01\/2026"/);
  });
});

describe('English citation', () => {
  const english = clause({ issuer: PLAN_ISSUER.en, title: PLAN_TITLE.en, clause: 'IV (5) 1' });
  it('gives issuer and year, title, clause, issue date in words, the address and the day read', () => {
    const text = citeEnglish(english);
    expect(text).toBe(
      `${PLAN_ISSUER.en} (${PLAN_ISSUED.slice(0, 4)}) ${PLAN_TITLE.en}, clause IV (5) 1. Issued 15 September 2022. ` +
        'Available at: https://ip.example.org/plan/#task-5-1-1 (accessed 15 January 2026).',
    );
  });
  it('says which text was read when a note is given, ending it with one full stop', () => {
    expect(citeEnglish(english, 'In Chinese')).toContain('Issued 15 September 2022. In Chinese. Available at:');
    expect(citeEnglish(english, 'In Chinese.')).toContain(' In Chinese. Available');
  });
});
