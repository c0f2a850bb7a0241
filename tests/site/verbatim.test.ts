// The Chinese /plan/ page carries every paragraph of the seed word for word (whitespace aside). Compared after
// NFKC width normalisation: the page shows full-width punctuation (GB/T 15834) where the seed's copy lost it.
// The plain-text downloads: the seed's, and each translation's with its own text, each linked from the plan
// page of every language that reads it.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactText, fileForUrl, page } from '../support/dist.ts';
import { planTextOnly } from '../../src/lib/plan/planText.ts';
import { PLAN_TEXT_PATH } from '../../src/lib/content/routes.ts';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';
import { PLAN_TITLE, planFactsText } from '../../src/lib/plan/facts.ts';
import { LOCALES, SOURCE_LANG, TRANSLATION_LANGS, contentLang, localePath } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { asShownIn } from '../../src/i18n/converters.ts';

const CHROME_LINES = ['扫一扫在手机打开当前页', '|'];
const seedParagraphs = readFileSync('seeds/000_fb45ffeb8cf86429.txt', 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !CHROME_LINES.includes(line));

describe('the Chinese plan page', () => {
  const text = compactText(page('/plan/').querySelector('main')!).normalize('NFKC');

  it("reads the seed's 100 paragraphs (its two web-page chrome lines aside)", () => {
    expect(seedParagraphs).toHaveLength(100);
  });

  it.each(seedParagraphs.map((p, i) => [i + 1, p]))('has seed paragraph %i verbatim', (_n, paragraph) => {
    expect(text).toContain(String(paragraph).replace(/\s+/g, '').normalize('NFKC'));
  });

  it('does not show the web-page chrome of the copy it was taken from', () => {
    expect(text).not.toContain('扫一扫在手机打开当前页');
  });
});

describe("the plan's text download", () => {
  const file = readFileSync('dist/plan/changzhou-ip-strong-city-plan-2022-2025.txt', 'utf8');

  it('says it is UTF-8 with a byte-order mark, so a server that names no charset does not garble it', () => {
    expect(file.startsWith('\uFEFF')).toBe(true);
  });

  it('gives the seed word for word after its header, its punctuation full-width as on the page', () => {
    const body = file.slice(file.indexOf('='.repeat(40)) + 40).trim();
    const seed = planTextOnly(readFileSync('seeds/000_fb45ffeb8cf86429.txt', 'utf8')).trim();
    expect(body.normalize('NFKC')).toBe(seed.normalize('NFKC'));
    expect(body).not.toMatch(/\p{Script=Han}[,:;]/u);
  });
});

describe.each(TRANSLATION_LANGS)("the %s translation's text download", (lang) => {
  const url = localePath(lang, PLAN_TEXT_PATH, '/');
  const file = readFileSync(fileForUrl(url), 'utf8');
  const [head, body] = file.split(`${'='.repeat(40)}\n\n`);
  const lines = body.trimEnd().split('\n');
  const t = useTranslations(lang);
  const files = loadPlanFiles(lang);
  const clauses = files.flatMap((f) => f.clauses);
  const notice = files.filter((f) => f.clauses.length === 0).flatMap((f) => f.unmarked.map((p) => p.text));

  it('says it is UTF-8 with a byte-order mark, like the source text', () => {
    expect(file.startsWith('\uFEFF')).toBe(true);
  });

  it('opens with the title, that it is a translation and the source prevails, the issuer, the date and its page', () => {
    const facts = planFactsText(lang);
    expect(head.replace('\uFEFF', '').split('\n').slice(0, 2)).toEqual([
      PLAN_TITLE[lang],
      t('plan.unofficialTranslation'),
    ]);
    expect(head).toContain(`${t('doc.issuer')}: ${facts.issuer}`);
    expect(head).toContain(`${t('doc.date')}: ${facts.issued}`);
    // dist/ is built without SITE_URL: the page's path on the site, as the source text gives its own.
    expect(head).toContain(`${t('planText.page')}: ${localePath(lang, '/plan/', '/')}\n`);
  });

  it("holds the notice, the title and every clause of the translation's files, in order, one a line", () => {
    expect(lines).toEqual([...notice, PLAN_TITLE[lang], ...clauses.map((c) => c.text)]);
  });

  it(`reads as ${localePath(lang, '/plan/', '/')} does, line for line`, () => {
    const text = compactText(page(localePath(lang, '/plan/', '/')).querySelector('main')!).replace(/\s+/g, '');
    expect(lines.filter((line) => !text.includes(line.replace(/\s+/g, '')))).toEqual([]);
  });
});

describe.each(LOCALES)('the plan page in %s', (lang) => {
  const doc = page(localePath(lang, '/plan/', '/'));
  const t = (key: 'plan.download' | 'plan.downloadTranslation' | 'plan.unofficialTranslation') =>
    asShownIn(lang)(useTranslations(lang)(key));
  const download = (l: typeof lang) => doc.querySelector(`a[download][href="${localePath(l, PLAN_TEXT_PATH, '/')}"]`);

  it('links the source text, and the text of the translation it shows, which exist', () => {
    const texts = [...new Set([SOURCE_LANG, contentLang(lang)])];
    for (const l of texts) {
      expect(download(l)?.getAttribute('type'), l).toBe('text/plain');
      expect(existsSync(fileForUrl(localePath(l, PLAN_TEXT_PATH, '/'))), l).toBe(true);
    }
    expect(doc.querySelectorAll('a[download][type="text/plain"]')).toHaveLength(texts.length);
    // Saved side by side, each language's file keeps a name of its own.
    const names = texts.map((l) => download(l)!.getAttribute('download'));
    expect(new Set(names).size, names.join(', ')).toBe(texts.length);
    for (const name of names) expect(name).toMatch(/\.txt$/);
    expect(download(SOURCE_LANG)!.textContent.trim()).toBe(t('plan.download'));
  });

  it.runIf(contentLang(lang) !== SOURCE_LANG)('says beside the translation’s download that the source prevails', () => {
    const item = download(lang)!.parentNode;
    expect(download(lang)!.textContent.trim()).toBe(t('plan.downloadTranslation'));
    expect(item.textContent.replace(/\s+/g, ' ')).toContain(` ${t('plan.unofficialTranslation')}`);
  });
});
