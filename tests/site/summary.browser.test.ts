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

describe.each([['/plan/'], ['/en/plan/summary/'], ['/overseas/'], ['/plan/compare/']])('%s on paper', (path) => {
  it('shows the QR code of its address in print only, and hides the navigation there', async () => {
    const page = await open(path);
    const shown = () =>
      page.evaluate(() =>
        ['.print-qr', '.site-header'].map((s) => getComputedStyle(document.querySelector(s)!).display !== 'none'),
      );
    expect(await shown()).toEqual([false, true]);
    await page.emulateMedia({ media: 'print' });
    expect(await shown()).toEqual([true, false]);
    await page.context().close();
  });
});
