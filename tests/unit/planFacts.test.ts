// The plan's facts (src/lib/plan/facts.ts) say what the plan's own text says.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_ISSUED, PLAN_ISSUER, PLAN_PERIOD, PLAN_TITLE, planFactsText } from '../../src/lib/plan/facts.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { parseContent } from '../../src/lib/content/parse.ts';
import { CONTENT_LANGS } from '../../src/i18n/locales.ts';

const seedFile = readdirSync('seeds').find((f) => f.endsWith('.txt'))!;
const seed = readFileSync(`seeds/${seedFile}`, 'utf8');
const preambleTitle = (lang: string) => {
  const file = readdirSync(`content/plan/${lang}`)
    .map((f) => `content/plan/${lang}/${f}`)
    .find((f) => (parseContent(f, readFileSync(f, 'utf8')).data as { id?: string }).id === 'preamble')!;
  return (parseContent(file, readFileSync(file, 'utf8')).data as { title: string }).title;
};

describe('plan facts', () => {
  it('give the title exactly as the plan files do, in both languages', () => {
    for (const lang of CONTENT_LANGS) expect(PLAN_TITLE[lang]).toBe(preambleTitle(lang));
  });
  it('give the issuer, the date of issue and the period as the source document states them', () => {
    const [y, m, d] = PLAN_ISSUED.split('-').map(Number);
    expect(seed).toContain(`${PLAN_ISSUER.zh}\n${y}年${m}月${d}日`);
    const month = (ym: string) => ym.split('-').map(Number).join('年') + '月';
    expect(seed).toContain(`${month(PLAN_PERIOD.start)}—`);
    expect(seed).toContain(`—${month(PLAN_PERIOD.end)}`);
  });
});

describe('sentences that state the plan facts', () => {
  it('write the issuer, issue date and period as the seed does in Chinese, and in British English', () => {
    const zh = planFactsText('zh');
    expect(seed).toContain(zh.issuer);
    expect(seed).toContain(zh.issued);
    expect(zh).toMatchObject({ issued: '2022年9月15日', start: '2022年7月', end: '2025年6月' });
    expect(planFactsText('en')).toMatchObject({
      issued: '15 September 2022',
      start: 'July 2022',
      end: 'June 2025',
    });
  });

  it('are filled in by every lookup, Chinese punctuation full-width even beside a filled-in placeholder', () => {
    const lead = useTranslations('zh')('home.lead');
    expect(lead).not.toMatch(/[,()]/);
    expect(lead).toContain('（试点期2022年7月至2025年6月）');
    expect(useTranslations('en')('footer.sourceNote')).toContain(
      `the ${PLAN_ISSUER.en}, which issued it on 15 September 2022`,
    );
  });
});
