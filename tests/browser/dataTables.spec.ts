// In Chromium: a figure in a data table is read whole. On /progress/ at 1280 px the courts' table broke
// "2023 / 年" and "1708 / 件" while its source column stayed wide (a designer's review): a figure with its unit,
// a chart's value and a date never wrap; the words of a source do.
import { expect, test } from './fixtures.ts';

test.describe.configure({ mode: 'parallel' });

// Every page with a kit ScrollTable of figures: the charts' tables (courts, timetable, who does what), a
// target's own and national figures, the planner's periods.
const PAGES = [
  '/progress/',
  '/en/progress/',
  '/plan/timeline/',
  '/en/plan/units/',
  '/targets/high-value-invention-patents/',
  '/en/targets/high-value-invention-patents/',
  '/en/overseas/planner/',
];

for (const width of [1280, 390])
  for (const url of PAGES)
    test(`${url} at ${width} px: no figure in a table breaks over two lines`, async ({ sharedTab }) => {
      const page = await sharedTab(`dataTables ${width}`, { viewport: { width, height: 844 } });
      await page.goto(url);
      const figures = await page.evaluate(() =>
        [...document.querySelectorAll('.scroll-table :is(.fig, td[data-chart-value], [data-figure])')]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => {
            // One line: its text's boxes start within half a character of each other (an inline block and the
            // text beside it sit a pixel or two apart; a second line is a whole line lower).
            const range = document.createRange();
            range.selectNodeContents(el);
            const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
            const size = parseFloat(getComputedStyle(el).fontSize);
            const lines = Math.max(...tops) - Math.min(...tops) < size / 2 ? 1 : 2;
            return { text: el.textContent!.trim(), lines };
          }),
      );
      expect(figures.length, 'the page has no figures in a table').toBeGreaterThan(0);
      expect(figures.filter((f) => f.lines > 1)).toEqual([]);
    });
