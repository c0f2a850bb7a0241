// In Chromium: on the side-by-side page (/plan/compare/) a reader shares a clause as on /plan/, with the same
// visible, labelled "复制链接 / Copy link" (issue 27: the grey "#" said nothing and copied nothing), a 44 px target
// that copies the row's address and says so.
import { expect, test } from './fixtures.ts';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';
import { useTranslations } from '../../src/i18n/t.ts';

// A measure from the plan's own files, not a literal: the test follows the content.
const measure = loadPlanFiles('zh')
  .flatMap((f) => f.clauses)
  .find((c) => c.kind === 'measure')!.id;

for (const [lang, prefix] of [
  ['zh', ''],
  ['en', '/en'],
] as const)
  test(`/plan/compare/ (${lang}) copies a row's link from a labelled 44 px control`, async ({ open, origin }) => {
    const t = useTranslations(lang);
    const page = await open(`${prefix}/plan/compare/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    const link = page.locator(`#${measure} a.clause-link`);
    expect(await link.locator('.clause-link__copy').innerText()).toBe(t('plan.copyLink'));
    const box = (await link.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    await link.click();
    await expect(page.locator('[data-clause-status]')).toHaveText(t('plan.copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${origin}${prefix}/plan/compare/#${measure}`,
    );
  });

// Readers scrolling the long page lost their place: a row named its place only when a link opened it. Now every
// row but a heading (whose words carry its number) shows it, quietly, on screen and on paper; the links back to
// the full texts stay with the row a link opened.
const paragraphs = loadPlanFiles('zh')
  .flatMap((f) => f.clauses)
  .filter((c) => c.depth === 0)
  .map((c) => c.id);

for (const prefix of ['', '/en'])
  test(`${prefix}/plan/compare/ labels every paragraph row with its place, small, on screen and on paper`, async ({
    open,
  }) => {
    const page = await open(`${prefix}/plan/compare/`);
    const labelled = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.compare-row[id]')]
          .filter((row) => row.querySelector('.compare-ref__place')?.checkVisibility())
          .map((row) => row.id),
      );
    expect(await labelled()).toEqual(paragraphs);
    const [label, text] = await page.evaluate(
      (id) =>
        ['.compare-ref', '.compare-cell p'].map((selector) =>
          parseFloat(getComputedStyle(document.getElementById(id)!.querySelector(selector)!).fontSize),
        ),
      paragraphs[0],
    );
    expect(label).toBeLessThan(text);
    await expect(page.locator('.compare-ref__full:visible')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    expect(await labelled()).toEqual(paragraphs);
  });
