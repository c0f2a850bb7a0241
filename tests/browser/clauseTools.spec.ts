// In Chromium (ported to @playwright/test): a reader shares and cites a clause of the plan. "复制链接 / Copy link" copies the clause's
// address and says so (on the control and to screen readers), by mouse and by keyboard, and is a 44 px target;
// without scripts it is a plain link to the clause. "引用 / Cite" gives the GB/T 7714 and English citations.
// The print button shows only where it can work.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';
import { clauseName } from '../../src/lib/plan/clauseName.ts';
import { PLAN_ISSUED, PLAN_ISSUER, PLAN_TITLE } from '../../src/lib/plan/facts.ts';
import { useTranslations } from '../../src/i18n/t.ts';

const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
// A measure from the plan's own files, not a literal: the test follows the content.
const measure = loadPlanFiles('zh')
  .flatMap((f) => f.clauses)
  .find((c) => c.kind === 'measure')!.id;
const LANGS = [
  ['zh', ''],
  ['en', '/en'],
] as const;

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Opens "更多 / More" on a clause, where its cite and side-by-side tools wait. */
async function openMore(page: Page, id: string): Promise<void> {
  const more = page.locator(`#${id} button.clause-more-toggle`);
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
}

for (const [lang, prefix] of LANGS)
  test.describe(`copy link (${lang})`, () => {
    const t = useTranslations(lang);

    test('copies the clause’s address from the keyboard and announces "copied"', async ({ open, origin }) => {
      const page = await open(`${prefix}/plan/`, clipboard);
      const link = page.locator(`#${measure} a.clause-link`);
      expect(await link.locator('.clause-link__copy').innerText()).toBe(t('plan.copyLink'));
      await link.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-clause-status]')).toHaveText(t('plan.copied'));
      expect(await readClipboard(page)).toBe(`${origin}${prefix}/plan/#${measure}`);
      expect(await link.locator('.clause-link__copy').innerText()).toBe(t('plan.copied'));
      expect(new URL(page.url()).hash).toBe(`#${measure}`);
    });

    test('gives the copy-link, cite and side-by-side controls a target of at least 44 by 44 px, in one style', async ({
      open,
    }) => {
      const page = await open(`${prefix}/plan/`);
      await openMore(page, measure);
      const selectors = [
        `#${measure} a.clause-link`,
        `#${measure} button.clause-more-toggle`,
        `#${measure} button.clause-cite`,
        `#${measure} a.clause-compare`,
      ];
      for (const selector of selectors) {
        const box = (await page.locator(selector).boundingBox())!;
        expect(box.height, selector).toBeGreaterThanOrEqual(44);
        expect(box.width, selector).toBeGreaterThanOrEqual(44);
      }
      const looks = await Promise.all(
        selectors.map((selector) =>
          page.locator(selector).evaluate((el) => {
            const style = getComputedStyle(el);
            return `${style.color} ${style.fontSize}`;
          }),
        ),
      );
      expect(new Set(looks).size).toBe(1);
    });

    test('cites the clause in GB/T 7714 style and in English, and copies a citation', async ({ open, origin }) => {
      const page = await open(`${prefix}/plan/`, clipboard);
      await openMore(page, measure);
      const cite = page.locator(`button[data-cite="${measure}"]`);
      await cite.click();
      expect(await cite.getAttribute('aria-expanded')).toBe('true');
      const panel = page.locator(`#cite-${measure}`);
      const [gbt, english] = await panel.locator('dd p').allInnerTexts();
      // The original by its issuer, title, clause down to the paragraph the link opens (四(一)1第2段), and date; then this site as where it was read (转引自),
      // never as if the government had published the text at this address.
      expect(gbt).toContain(
        `${PLAN_ISSUER.zh}. ${PLAN_TITLE.zh}: ${clauseName(measure, 'zh')}[Z]. ${PLAN_ISSUED}. 转引自: `,
      );
      expect(gbt).toContain(`(非官方网站)[EB/OL]`);
      expect(gbt).toContain(`${origin}/plan/#${measure}`);
      expect(english).toContain(
        `${PLAN_ISSUER.en} (${PLAN_ISSUED.slice(0, 4)}) ${PLAN_TITLE.en}, clause ${clauseName(measure, 'en')}`,
      );
      expect(english).toContain('Reproduced on the unofficial website');
      expect(english).toContain(`Available at: ${origin}${prefix}/plan/#${measure}`);
      await panel.locator('dd button').first().click();
      await expect.poll(() => readClipboard(page)).toBe(gbt);
      await panel.getByRole('button', { name: t('plan.citeClose') }).click();
      expect(await panel.isHidden()).toBe(true);
      expect(await cite.getAttribute('aria-expanded')).toBe('false');
    });
  });

for (const [lang, prefix] of LANGS)
  test(`(${lang}) tells the goals of Part III apart in their citations, and the title's Cite cites the plan`, async ({
    open,
  }) => {
    const t = useTranslations(lang);
    const goals = loadPlanFiles('zh')
      .flatMap((f) => f.clauses)
      .filter((c) => c.kind === 'goal')
      .map((c) => c.id);
    const page = await open(`${prefix}/plan/`);
    const cited = [];
    for (const goal of goals) {
      await openMore(page, goal);
      await page.locator(`button[data-cite="${goal}"]`).click();
      cited.push((await page.locator(`#cite-${goal} dd p`).allInnerTexts())[0]);
    }
    expect(new Set(cited).size).toBe(goals.length);
    await page.locator('button[data-cite="title"]').click();
    await expect(page.locator('#cite-title .cite-panel__title')).toHaveText(t('plan.citeTitlePlan'));
  });

for (const [lang, prefix] of LANGS)
  test(`(${lang}) keeps each clause's tools to one line at 390 px: copy link and "more", which unfolds cite and side by side`, async ({
    open,
  }) => {
    const t = useTranslations(lang);
    const page = await open(`${prefix}/plan/`, { viewport: { width: 390, height: 844 } });
    const row = [`#${measure} a.clause-link`, `#${measure} button.clause-more-toggle`];
    // On one line: their boxes' middles level within a quarter of a box (a link and a button sit a few px apart).
    const boxes = await Promise.all(row.map(async (selector) => (await page.locator(selector).boundingBox())!));
    const middle = (box: { y: number; height: number }) => box.y + box.height / 2;
    expect(Math.abs(middle(boxes[0]) - middle(boxes[1]))).toBeLessThan(boxes[0].height / 4);
    expect(await page.locator(`#${measure} a.clause-link .clause-link__copy`).innerText()).toBe(t('plan.copyLink'));
    await expect(page.locator(`#${measure} button.clause-cite`)).toBeHidden();
    await openMore(page, measure);
    await expect(page.locator(`#${measure} button.clause-cite`)).toBeVisible();
    await expect(page.locator(`#${measure} a.clause-compare`)).toContainText(t('plan.compareLink'));
  });

// A designer saw each paragraph's last line sit lower than the others: the tools' 44 px targets sat in it. The
// tools now have a row of their own, so every line of a clause's words is as tall as the next.
for (const width of [390, 1280])
  test(`(zh) at ${width} px every line of a clause's words is as tall as the others: the tools' row does not enlarge the last`, async ({
    open,
  }) => {
    const page = await open('/plan/', { viewport: { width, height: 900 } });
    const findings = await page.locator('.plan-part p.clause').evaluateAll((clauses) =>
      clauses.flatMap((clause) => {
        const tools = clause.querySelector('.clause-tools')!;
        const words = document.createRange();
        words.setStart(clause, 0);
        words.setEndBefore(tools);
        // The words' lines: their boxes grouped by where they start (a fallback font's box may start a px or two apart).
        const lines: { top: number; bottom: number }[] = [];
        for (const box of [...words.getClientRects()].filter((r) => r.width > 0 && r.height > 0)) {
          const line = lines.find((l) => Math.abs(l.top - box.top) < box.height / 2);
          if (line) line.bottom = Math.max(line.bottom, box.bottom);
          else lines.push({ top: box.top, bottom: box.bottom });
        }
        lines.sort((a, b) => a.top - b.top);
        const steps = lines.slice(1).map((line, i) => line.top - lines[i].top);
        const usual = [...steps].sort((a, b) => a - b)[Math.floor(steps.length / 2)];
        // The middle of the first control shown, the line its label stands on.
        const control = [...tools.querySelectorAll('a, button')]
          .map((c) => c.getBoundingClientRect())
          .find((r) => r.height > 0)!;
        const last = lines.at(-1)!;
        return [
          // Each step from one line to the next within 3 px of the usual one (a fallback font's box may sit 2 px off).
          ...(steps.some((step) => Math.abs(step - usual) > 3) ? [`${clause.id}: line steps ${steps}`] : []),
          // The tools' labels stand below the words' last line, not beside it.
          ...(control.top + control.height / 2 < last.bottom ? [`${clause.id}: tools beside the last line`] : []),
        ];
      }),
    );
    expect(findings).toEqual([]);
  });

test.describe('without scripts', () => {
  test('the clause link is a plain, labelled link to the clause, and "cite" is not offered', async ({ open }) => {
    const t = useTranslations('zh');
    const page = await open('/plan/', { javaScriptEnabled: false });
    const link = page.locator(`#${measure} a.clause-link`);
    expect(await link.locator('.clause-link__plain').innerText()).toBe(t('plan.clauseLink'));
    expect(await link.locator('.clause-link__copy').isVisible()).toBe(false);
    expect(await page.locator(`button[data-cite="${measure}"]`).isVisible()).toBe(false);
    // No "more" to press: the side-by-side link stays in the row.
    expect(await page.locator(`#${measure} button.clause-more-toggle`).isVisible()).toBe(false);
    expect(await page.locator(`#${measure} a.clause-compare`).isVisible()).toBe(true);
    await link.click();
    expect(new URL(page.url()).hash).toBe(`#${measure}`);
  });
});

test.describe('the print button', () => {
  test('shows where scripts run, and names the keys where they do not', async ({ open }) => {
    const t = useTranslations('en');
    for (const javaScriptEnabled of [true, false]) {
      const page = await open('/en/plan/', { javaScriptEnabled });
      const action = page.locator('[data-print-action]');
      expect(await action.getByRole('button', { name: t('print.button') }).isVisible()).toBe(javaScriptEnabled);
      expect(await action.getByText(t('print.keys')).isVisible()).toBe(!javaScriptEnabled);
    }
  });
});
