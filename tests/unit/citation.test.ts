// A clause's citation, as a reader pastes it into a paper: GB/T 7714 for Chinese references, plain English.
// The text is read on this site, a reproduction: the citation names the original, then the site as where it
// was read (转引自), saying when the site is not official, and never gives this site's address as the original's.
import { describe, expect, it } from 'vitest';
import { citeEnglish, citeGbt7714, type ClauseCitationFacts } from '../../src/lib/plan/citation.ts';
import { PLAN_ISSUED, PLAN_ISSUER, PLAN_TITLE } from '../../src/lib/plan/facts.ts';
import { zh } from '../../src/i18n/zh.ts';
import { en } from '../../src/i18n/en.ts';

const clause = (over: Partial<ClauseCitationFacts> = {}): ClauseCitationFacts => ({
  issuer: PLAN_ISSUER.zh,
  title: PLAN_TITLE.zh,
  clause: '四(五)1',
  issued: PLAN_ISSUED,
  site: { name: zh['site.name'], official: false },
  url: 'https://ip.example.org/plan/#task-5-1-1',
  accessed: '2026-01-15',
  ...over,
});

describe('GB/T 7714 citation', () => {
  it('cites the original by issuer, title with the clause and date, then the unofficial site it was read on (转引自)', () => {
    expect(citeGbt7714(clause())).toBe(
      `${PLAN_ISSUER.zh}. ${PLAN_TITLE.zh}: 四(五)1[Z]. ${PLAN_ISSUED}. ` +
        `转引自: ${zh['site.name']}(非官方网站)[EB/OL]. [2026-01-15]. https://ip.example.org/plan/#task-5-1-1.`,
    );
  });
  it('does not call an official site unofficial', () => {
    const text = citeGbt7714(clause({ site: { name: zh['site.name'], official: true } }));
    expect(text).toContain(`转引自: ${zh['site.name']}[EB/OL]`);
    expect(text).not.toContain('非官方');
  });
  it('gives the original’s own address, as [EB/OL], only when it is known', () => {
    const original = 'https://www.changzhou.gov.cn/example';
    expect(citeGbt7714(clause({ originalUrl: original }))).toContain(
      `${PLAN_TITLE.zh}: 四(五)1[EB/OL]. (${PLAN_ISSUED}). ${original}. 转引自:`,
    );
    expect(citeGbt7714(clause())).not.toMatch(/gov\.cn/);
  });
  it('cites the whole plan without a clause', () => {
    expect(citeGbt7714(clause({ clause: undefined }))).toContain(`${PLAN_TITLE.zh}[Z]`);
  });
  it('rejects a date that is not YYYY-MM-DD, naming the field', () => {
    expect(() => citeGbt7714(clause({ accessed: '15/01/2026' }))).toThrow(/accessed "15\/01\/2026"/);
  });
});

describe('English citation', () => {
  const english = clause({
    issuer: PLAN_ISSUER.en,
    title: PLAN_TITLE.en,
    clause: 'IV (5) 1',
    site: { name: en['site.name'], official: false },
  });
  it('gives issuer and year, title, clause, issue date, the unofficial site it was reproduced on, its address and the day read', () => {
    expect(citeEnglish(english)).toBe(
      `${PLAN_ISSUER.en} (${PLAN_ISSUED.slice(0, 4)}) ${PLAN_TITLE.en}, clause IV (5) 1. Issued 15 September 2022. ` +
        `Reproduced on the unofficial website "${en['site.name']}". ` +
        'Available at: https://ip.example.org/plan/#task-5-1-1 (accessed 15 January 2026).',
    );
  });
  it('says which text was read when a note is given, ending it with one full stop', () => {
    expect(citeEnglish(english, 'In Chinese')).toContain('Issued 15 September 2022. In Chinese. Reproduced on');
    expect(citeEnglish(english, 'In Chinese.')).toContain(' In Chinese. Reproduced');
  });
  it('names the original’s address when it is known', () => {
    expect(citeEnglish({ ...english, originalUrl: 'https://www.changzhou.gov.cn/example' })).toContain(
      'Issued 15 September 2022. Original at: https://www.changzhou.gov.cn/example.',
    );
  });
});
