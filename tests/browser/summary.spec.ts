// In Chromium: the summary prints on one A4 sheet in Chinese, two in English (two at most in 大字模式), printed
// pages drop the navigation, body text is a readable size, and the targets' cards print whole.
import { expect, test } from './fixtures.ts';

/** Pages in a PDF, counted as its page objects ("/Type /Page", not the "/Type /Pages" tree). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

test.describe('printing the summary', () => {
  // English labels each target "Target: at least …" and runs a few onto a second sheet (summary.astro).
  for (const [path, sheets] of [
    ['/plan/summary/', 1],
    ['/en/plan/summary/', 2],
  ] as const)
    test(`${path} prints on ${sheets} A4 sheet(s) at most`, async ({ open }) => {
      const page = await open(path);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdfPages(pdf)).toBeLessThanOrEqual(sheets);
    });

  test('in 大字模式 the summary prints larger, on two sheets at most', async ({ open }) => {
    const page = await open('/en/plan/summary/');
    await page.evaluate(() => localStorage.setItem('reading-mode', 'large'));
    await page.reload();
    await page.emulateMedia({ media: 'print' });
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.summary')!).fontSize));
    const large = await size();
    await page.evaluate(() => delete document.documentElement.dataset.reading);
    expect(large).toBeGreaterThan(await size());
    await page.evaluate(() => (document.documentElement.dataset.reading = 'large'));
    expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBeLessThanOrEqual(2);
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

// Paper type a reader can read: 12 pt (16 CSS px) body text at the browser's own size, and a quarter more when
// the reader has 大字模式 on, since the mode is their choice of size.
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
