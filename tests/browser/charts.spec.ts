// In Chromium: every kind of chart on the built site is drawn, in both languages. The canvas shows each
// series in its own colour, the key and axis titles are in the page's language, the arrow keys read out from
// the chart exactly the numbers of its table, national figures are titled and coloured as national, and the
// chart still fits at 320 px with text at 200% and after switching to large text.
import { expect, test } from './fixtures.ts';
import { plain, readChart, waitForDrawing } from './charts.ts';
import { chartPages } from '../support/chartPages.ts';
import { useTranslations } from '../../src/i18n/t.ts';

const CHARTS = chartPages();
const HAN = /\p{Script=Han}/u;
const WIDE = { viewport: { width: 800, height: 900 } };

for (const [lang, prefix] of [
  ['zh', ''],
  ['en', '/en'],
] as const)
  test.describe(`charts (${lang})`, () => {
    const t = useTranslations(lang);

    for (const { kind, path } of CHARTS)
      test(`draws the ${kind} chart on ${path}, labelled in the language, with the numbers of its table`, async ({
        sharedTab,
      }) => {
        const page = await sharedTab(`charts ${lang}`, WIDE);
        await page.goto(prefix + path);
        const chart = await readChart(page, `figure[data-chart="${kind}"]`);
        for (const series of chart.series) expect(series.pixels, `${series.label} is drawn`).toBeGreaterThan(20);
        for (const text of [...chart.series.map((s) => s.label), ...chart.marks, ...chart.axes])
          expect(HAN.test(text), `"${text}" is in the page's language`).toBe(lang === 'zh');
        expect(chart.announced.map((a) => plain(a.value)).sort()).toEqual(chart.table.map(plain).sort());
        expect(new Set(chart.announced.map((a) => a.series))).toEqual(new Set(chart.series.map((s) => s.label)));
      });

    for (const { kind, path } of CHARTS.filter((c) => c.kind === 'national-context'))
      test(`titles and colours the national figures on ${kind} ${path} as national, never as Changzhou’s`, async ({
        sharedTab,
      }) => {
        const page = await sharedTab(`charts ${lang}`, WIDE);
        await page.goto(prefix + path);
        const figure = `figure[data-chart="${kind}"]`;
        const chart = await readChart(page, figure);
        expect(await page.locator(`${figure} figcaption`).textContent()).toContain(
          plainSuffix(t('charts.target.titleNational')),
        );
        const national = chart.series.find((s) => s.role === 'national')!;
        expect(national.label).toBe(t('charts.target.national'));
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(national.color.slice(i, i + 2), 16));
        expect(
          [r, g, b].every((c) => c === r),
          'national figures are grey',
        ).toBe(true);
        expect(chart.series.map((s) => s.role)).not.toContain('changzhou');
        // The target is keyed once, by its line, which names the value: not also by its point.
        const keyed = await page
          .locator(`${figure} [data-chart-legend] li:visible`)
          .evaluateAll((items) => items.map((li) => li.getAttribute('data-role')));
        expect(keyed).toContain('mark-target');
        expect(keyed).not.toContain('target');
        // Every national value read out is in the table of national context, tagged as national.
        const contextValues = await page.locator(`${figure} [data-context-table] [data-chart-value]`).allTextContents();
        expect(
          chart.announced
            .filter((a) => a.series === national.label)
            .map((a) => plain(a.value))
            .sort(),
        ).toEqual(contextValues.map(plain).sort());
      });

    for (const { kind, path } of CHARTS)
      test(
        `keeps the ${kind} chart on ${path} inside a 320 px screen at double text size, and enlarges it in large text`,
        { tag: '@phone' },
        async ({ sharedTab }) => {
          // One tab for these: the text size and reading mode set here are gone with the next page load.
          const page = await sharedTab('charts phone', { viewport: { width: 320, height: 800 } });
          await page.goto(prefix + path);
          await waitForDrawing(page, `figure[data-chart="${kind}"]`);
          const canvas = page.locator(`figure[data-chart="${kind}"] canvas`);
          const overflow = () =>
            page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          const size = () =>
            canvas.evaluate((c: HTMLCanvasElement) => ({ width: c.clientWidth, height: c.clientHeight }));
          // Chart.js redraws when its box has settled: wait until the canvas fills its box again.
          const settled = () =>
            expect
              .poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.clientHeight - c.parentElement!.clientHeight), {
                timeout: 20_000,
              })
              .toBe(0);
          await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
          await settled();
          expect(await overflow()).toBeLessThanOrEqual(0);
          expect((await size()).width).toBeLessThanOrEqual(320);
          await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
          await settled();
          const normal = await size();
          // What the "large text" button does (applyReadingMode); at 320 px the button may be folded in the menu.
          await page.evaluate(() => (document.documentElement.dataset.reading = 'large'));
          await settled();
          expect((await size()).height).toBeGreaterThan(normal.height);
          expect(await overflow()).toBeLessThanOrEqual(0);
        },
      );
  });

test('prints a drawn chart, and only the table of one not yet drawn (never an empty frame)', async ({ open }) => {
  const { path, kind } = CHARTS[0];
  const page = await open(path);
  const figure = page.locator(`figure[data-chart="${kind}"]`);
  await waitForDrawing(page, `figure[data-chart="${kind}"]`);
  await page.emulateMedia({ media: 'print' });
  await expect(figure.locator('canvas')).toBeVisible();
  // As if the reader printed before the chart came into view: its code not loaded, nothing drawn.
  await figure.evaluate((f: HTMLElement) => delete f.dataset.drawn);
  await expect(figure.locator('canvas')).toBeHidden();
  await expect(figure.locator('[data-chart-value]').first()).toBeVisible();
});

// Printed from the top of a target's page, the chart below the screen printed as a blank gap under its caption
// (its code loaded only when scrolled to); printed after scrolling, its labels came out squashed sideways (drawn
// for the screen, stretched to the sheet). Now every chart is drawn before printing, at the sheet's width.
test('prints a chart the reader never scrolled to, drawn and in its true proportions', async ({ open }) => {
  const path = CHARTS.find((c) => c.path === '/targets/high-value-invention-patents/')?.path ?? CHARTS[0].path;
  const page = await open(path, { viewport: { width: 1280, height: 500 } });
  const canvas = page.locator('figure[data-chart] canvas').first();
  expect((await canvas.boundingBox())!.y, 'the chart starts below the screen').toBeGreaterThan(500);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('figure[data-chart]').first()).toHaveAttribute('data-drawn', '');
  await expect(canvas).toBeVisible();
  const drawing = () =>
    canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let inked = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked++;
      const box = c.getBoundingClientRect();
      return { inked, shown: box.width / box.height, drawn: c.width / c.height };
    });
  await expect.poll(async () => (await drawing()).inked).toBeGreaterThan(0);
  const { shown, drawn } = await drawing();
  // The picture on paper has the proportions it was drawn in: scaled evenly, never stretched on one axis.
  expect(Math.abs(shown / drawn - 1)).toBeLessThan(0.02);
  await page.pdf({ format: 'A4', preferCSSPageSize: true, path: test.info().outputPath('chart.pdf') });
});

/** The fixed words of a title template (before or after its {name} slot), as the page shows them. */
function plainSuffix(template: string): string {
  return template.split('{name}').sort((a, b) => b.length - a.length)[0];
}

// The arrow-key hint is a keyboard's: a phone reader (touch, coarse pointer) is not told to press keys they do
// not have, a mouse-and-keyboard reader is, and screen readers hear it through the canvas either way.
test.describe('the chart’s keyboard hint', () => {
  const t = useTranslations('zh');
  for (const touch of [false, true])
    test(`is ${touch ? 'hidden on a touch screen' : 'shown with a mouse and keyboard'}`, async ({ open }) => {
      const { path } = CHARTS[0];
      const page = await open(path, { hasTouch: touch, isMobile: touch, viewport: { width: 390, height: 844 } });
      const hint = page.locator('figure[data-chart] .data-chart__keys').first();
      await expect(hint).toHaveText(t('charts.keys'));
      if (touch) await expect(hint).toBeHidden();
      else await expect(hint).toBeVisible();
      const described = await page.locator('figure[data-chart] canvas').first().getAttribute('aria-describedby');
      expect(described).toContain(await hint.getAttribute('id'));
    });
});
