// In Chromium: the summary prints on one A4 sheet in every language, and in 大字模式 at the size every page prints
// in that mode, on as many sheets as that takes; printed pages drop the navigation, body text is a readable size,
// and the targets' cards print whole.
import { expect, test } from './fixtures.ts';

/** Pages in a PDF, counted as its page objects ("/Type /Page", not the "/Type /Pages" tree). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

test.describe('printing the summary', () => {
  // English once ran onto a second sheet (readers' review): its targets and tasks now flow through two balanced
  // columns, at 8.5 pt (summary.astro).
  for (const path of ['/plan/summary/', '/zh-hant/plan/summary/', '/en/plan/summary/'])
    test(`${path} prints on one A4 sheet, saying the plan's period has ended`, async ({ open }) => {
      const page = await open(path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('[data-validity-brief] [data-validity-meaning]')).toBeVisible();
      await expect(page.locator('[data-validity-brief] a')).toBeHidden();
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdfPages(pdf)).toBe(1);
    });

  // The sheet's Latin font is whatever the machine has: on a machine whose sans is DejaVu Sans (wider than Arial,
  // the stack's first choices) the English sheet ran onto a second (a designer's review). Set in it, every
  // language still prints on one sheet.
  for (const path of ['/plan/summary/', '/en/plan/summary/'])
    test(`${path} prints on one A4 sheet in a wide fallback font`, async ({ open }) => {
      const page = await open(path);
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() =>
        document.body.style.setProperty('font-family', "'DejaVu Sans', sans-serif", 'important'),
      );
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdfPages(pdf)).toBe(1);
    });

  // 大字模式 is the reader's choice of size: the summary printed a quarter above its small sheet type (11 pt),
  // smaller than any other page prints in the mode. Now it prints as they do, 15 pt body text (20 CSS px), no
  // heading smaller than it, and takes the sheets that needs.
  for (const path of ['/plan/summary/', '/en/plan/summary/'])
    test(`${path} in 大字模式 prints at the mode's size, headings no smaller`, async ({ open }) => {
      const page = await open(path);
      await page.emulateMedia({ media: 'print' });
      const sizes = () =>
        page.evaluate(() => {
          const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
          const summary = document.querySelector('.summary')!;
          return {
            body: size(summary),
            text: Math.min(...[...summary.querySelectorAll('.summary-aim p, .summary-value')].map(size)),
            headings: Math.min(...[...summary.querySelectorAll('h2, h3')].map(size)),
          };
        });
      const normal = await sizes();
      await page.evaluate(() => (document.documentElement.dataset.reading = 'large'));
      const large = await sizes();
      expect(large.body).toBe(20);
      expect(large.text).toBeGreaterThanOrEqual(20);
      expect(large.headings).toBeGreaterThanOrEqual(large.body);
      expect(normal.headings).toBeGreaterThanOrEqual(normal.body);
      expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBeGreaterThan(1);
    });

  // A group of targets (知识产权服务) once split across the two columns, its heading at the foot of one and its
  // targets at the head of the next. The window is as wide as the sheet's text (A4 less its 12 mm margins),
  // so the print layout measured here is the one paper gets.
  for (const path of ['/plan/summary/', '/zh-hant/plan/summary/', '/en/plan/summary/'])
    test(`${path} keeps each group of targets whole in one column on paper`, async ({ open }) => {
      const page = await open(path, { viewport: { width: Math.round((186 / 25.4) * 96), height: 1000 } });
      await page.emulateMedia({ media: 'print' });
      const groups = await page.locator('.summary-group').evaluateAll((sections) =>
        sections.map((section) => ({
          name: section.querySelector('h3')!.textContent,
          columns: new Set(
            [section.querySelector('h3')!, ...section.querySelectorAll('li')].map((el) =>
              Math.round(el.getBoundingClientRect().left),
            ),
          ).size,
        })),
      );
      expect(groups.length).toBeGreaterThan(1);
      expect(groups.filter((g) => g.columns > 1)).toEqual([]);
    });

  test('the long plan prints on several pages, so the count is a real one', async ({ open }) => {
    const page = await open('/plan/');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBeGreaterThan(5);
  });
});

// The QR code of the page's address needs SITE_URL, so it is checked on paper in the build that has one
// (tests/browser/base/printQr.spec.ts); dist/ is built without.
for (const path of ['/plan/', '/en/plan/summary/', '/overseas/', '/plan/compare/'])
  test.describe(`${path} on paper`, () => {
    test('hides the navigation in print', async ({ open }) => {
      const page = await open(path);
      const shown = () =>
        page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display !== 'none');
      expect(await shown()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await shown()).toBe(false);
    });
  });

// Paper type a reader can read: 12 pt (16 CSS px) body text, and a quarter more when the reader has 大字模式 on,
// since the mode is their choice of size; whatever the browser's own text size (a screen setting).
test('printed body text is 12 pt, and 15 pt in 大字模式', async ({ open }) => {
  const page = await open('/en/overseas/');
  await page.emulateMedia({ media: 'print' });
  const body = () =>
    // A paragraph of the guide's text (the notices above it print a size smaller, on purpose).
    page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('main p:not(.print-only):not(details p)')!).fontSize),
    );
  expect(await body()).toBe(16);
  await page.evaluate(() => (document.documentElement.dataset.reading = 'large'));
  expect(await body()).toBe(20);
  // The browser's text setting is for the screen: at 200% paper once doubled too (/infringement/, 大字模式:
  // 12 sheets at 17 characters a line). Paper keeps its sizes.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  expect(await body()).toBe(20);
  await page.evaluate(() => delete document.documentElement.dataset.reading);
  expect(await body()).toBe(16);
});

// /targets/ on A4: a card is never split between two sheets, and the right-hand cards stay inside the sheet.
test('/en/targets/ prints every card whole and within the sheet', async ({ open }) => {
  const page = await open('/en/targets/', { viewport: { width: 680, height: 1000 } });
  await page.emulateMedia({ media: 'print' });
  const cards = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    const edge = document.body.clientWidth - parseFloat(style.paddingInlineEnd);
    return [...document.querySelectorAll('.card-grid > li')].map((card) => ({
      whole: getComputedStyle(card).breakInside === 'avoid',
      // Layout rounds to 1/64 px.
      inside: card.getBoundingClientRect().right <= edge + 0.1,
    }));
  });
  expect(cards.length).toBeGreaterThan(0);
  expect(cards.filter((card) => !card.whole || !card.inside)).toEqual([]);
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).paddingInlineEnd))).toBeGreaterThan(0);
});
