// A link to a clause lands with the clause's start in view and, for the first clause under a heading, the
// heading too: at 390 px with the browser's text at 200% and 大字模式, /plan/#task-1-2-1 once opened with
// "2. 重点培育高知名度商标" scrolled away above the screen. The clause's start stays clear of the place bar at the
// screen's foot (PlanPlace.astro).
import { expect, test } from './fixtures.ts';

for (const hash of ['task-1-2-1', 'task-1-1-2'])
  test(
    `/plan/#${hash} lands with its clause in view, with the heading it opens`,
    { tag: '@phone' },
    async ({ open }) => {
      const page = await open('/', { viewport: { width: 390, height: 844 } });
      await page.evaluate(() => localStorage.setItem('reading-mode', 'large'));
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      await page.goto(`/plan/#${hash}`);
      expect(await page.evaluate(() => document.documentElement.dataset.reading)).toBe('large');
      const place = () =>
        page.evaluate((id) => {
          const clause = document.getElementById(id)!;
          const before = clause.previousElementSibling!;
          const bar = document.querySelector('.plan-place')!.getBoundingClientRect();
          return {
            clause: clause.getBoundingClientRect().top,
            heading: before.matches('h2, h3, h4, h5, h6') ? before.getBoundingClientRect().top : undefined,
            bar: bar.top,
            screen: innerHeight,
          };
        }, hash);
      await expect.poll(async () => (await place()).heading ?? 0).toBeGreaterThanOrEqual(0);
      const { clause, bar } = await place();
      expect(clause).toBeGreaterThanOrEqual(0);
      // The clause's first lines are above the place bar, not under it.
      expect(clause).toBeLessThan(bar - 100);
    },
  );

// A heading opened by its link is highlighted within the text column, as a paragraph is: on a desktop the
// heading's landing box once ran across the whole page, twice as wide as the text under it.
test('/plan/#part-2 highlights the heading no wider than the paragraph under it', async ({ open }) => {
  const page = await open('/plan/#part-2');
  const widths = await page.evaluate(() => {
    const heading = document.getElementById('part-2')!;
    let next = heading.nextElementSibling;
    while (next && !next.matches('p.clause')) next = next.nextElementSibling;
    return {
      highlighted: getComputedStyle(heading).backgroundColor !== getComputedStyle(document.body).backgroundColor,
      heading: heading.getBoundingClientRect().width,
      paragraph: next!.getBoundingClientRect().width,
    };
  });
  expect(widths.highlighted).toBe(true);
  // The paragraph's box plus the highlight's own padding on each side.
  expect(widths.heading).toBeLessThanOrEqual(widths.paragraph + 40);
});
