// In Chromium: the one-page summary prints on one A4 sheet in both languages, and printed pages drop the
// navigation and carry a QR code of their address that the screen never shows.
import { expect, test } from './fixtures.ts';

/** Pages in a PDF, counted as its page objects ("/Type /Page", not the "/Type /Pages" tree). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

test.describe('printing the summary', () => {
  for (const path of ['/plan/summary/', '/en/plan/summary/'])
    test(`${path} prints on one A4 page`, async ({ open }) => {
      const page = await open(path);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdfPages(pdf)).toBe(1);
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
