// In Chromium: the one-page summary prints on one A4 sheet in both languages, and printed pages drop the
// navigation and carry a QR code of their address that the screen never shows.
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/chromium.ts';

const { open } = useBrowser();

/** Pages in a PDF, counted as its page objects ("/Type /Page", not the "/Type /Pages" tree). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

describe('printing the summary', () => {
  it.each([['/plan/summary/'], ['/en/plan/summary/']])('%s prints on one A4 page', async (path) => {
    const page = await open(path);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await page.context().close();
    expect(pdfPages(pdf)).toBe(1);
  });

  it('the long plan prints on several pages, so the count is a real one', async () => {
    const page = await open('/plan/');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await page.context().close();
    expect(pdfPages(pdf)).toBeGreaterThan(5);
  });
});

// The QR code of the page's address needs SITE_URL, so it is checked on paper in the build that has one
// (tests/base/printQr.test.ts); dist/ is built without.
describe.each([['/plan/'], ['/en/plan/summary/'], ['/overseas/'], ['/plan/compare/']])('%s on paper', (path) => {
  it('hides the navigation in print', async () => {
    const page = await open(path);
    const shown = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display !== 'none');
    expect(await shown()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await shown()).toBe(false);
    await page.context().close();
  });
});
