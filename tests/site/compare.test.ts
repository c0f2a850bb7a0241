// Side-by-side reading (/plan/compare/): every clause once, in both languages, anchored by its clause ID
// and reachable from that clause on /plan/ and from the plan's contents.
import { describe, expect, it } from 'vitest';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';
import { compactText, page } from '../support/dist.ts';
import { LOCALES, localePath } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { asShownIn } from '../../src/i18n/converters.ts';

const zhClauses = loadPlanFiles('zh').flatMap((f) => f.clauses);
const enText = new Map(
  loadPlanFiles('en')
    .flatMap((f) => f.clauses)
    .map((c) => [c.id, c.text]),
);
// Width-normalised (NFKC), so full-width punctuation set at build time still matches the content's text.
const squash = (s: string) => s.replace(/\s+/g, '').normalize('NFKC');

describe.each([
  ['/plan/compare/', 'zh-CN', 'en'],
  ['/en/plan/compare/', 'en', 'zh-CN'],
])('%s', (url, pageLang, otherLang) => {
  const doc = page(url);
  const rows = doc.querySelectorAll('.compare-row[id]');

  it('has one row per clause of the plan, each with the clause ID as its id, in the order of the text', () => {
    expect(rows.map((r) => r.id)).toEqual(zhClauses.map((c) => c.id));
  });

  it("puts the reader's language first and the other language second, each marked with its lang", () => {
    const langs = new Set(
      rows.map((r) =>
        r
          .querySelectorAll('.compare-cell')
          .map((c) => c.getAttribute('lang'))
          .join(' '),
      ),
    );
    expect([...langs]).toEqual([`${pageLang} ${otherLang}`]);
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe(pageLang);
  });

  it('shows each clause in the words of both texts', () => {
    const wrong = zhClauses.filter((c) => {
      const cells = doc.getElementById(c.id)!.querySelectorAll('.compare-cell');
      const [zhCell, enCell] = pageLang === 'en' ? [cells[1], cells[0]] : [cells[0], cells[1]];
      return (
        !squash(compactText(zhCell)).startsWith(squash(c.text)) ||
        !squash(compactText(enCell)).startsWith(squash(enText.get(c.id)!))
      );
    });
    expect(wrong.map((c) => c.id)).toEqual([]);
  });
});

describe.each([
  ['/plan/', '/plan/compare/'],
  ['/en/plan/', '/en/plan/compare/'],
])('%s', (url, compareUrl) => {
  const doc = page(url);

  it('links every clause to its row on the side-by-side page', () => {
    const without = zhClauses.filter(
      (c) => !doc.getElementById(c.id)!.querySelector(`a.clause-compare[href="${compareUrl}#${c.id}"]`),
    );
    expect(without.map((c) => c.id)).toEqual([]);
  });

  it('links the side-by-side page from the contents', () => {
    expect(doc.querySelector(`.plan-contents a[href="${compareUrl}"]`)).not.toBeNull();
  });
});

describe.each(LOCALES)('the side-by-side page in %s', (lang) => {
  // As the page shows them: a generated language's page pass converts the dictionary's words too.
  const shown = asShownIn(lang);
  const t = (key: 'plan.copyLink' | 'plan.clauseLink') => shown(useTranslations(lang)(key));
  const doc = page(localePath(lang, '/plan/compare/', '/'));

  it('offers every row the plan\'s labelled "copy link" (a plain "link to this clause" without scripts), no bare "#"', () => {
    const unlabelled = doc.querySelectorAll('.compare-row[id]').filter((row) => {
      const link = row.querySelector(`a.clause-link[href="#${row.id}"]`);
      return (
        link?.querySelector('.clause-link__copy')?.textContent.trim() !== t('plan.copyLink') ||
        link.querySelector('.clause-link__plain')?.textContent.trim() !== t('plan.clauseLink') ||
        link.textContent.includes('#')
      );
    });
    expect(unlabelled.map((row) => row.id)).toEqual([]);
    expect(doc.querySelector('[data-clause-tools]')).not.toBeNull();
  });
});
