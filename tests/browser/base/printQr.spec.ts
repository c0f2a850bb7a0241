// On paper, the pages meant for printing carry a QR code of their address; on screen it is hidden. Checked
// in the build with SITE_URL (dist-base/): without one there is no address to encode, so no code.
import { expect, test } from '../fixtures.ts';
import { BASE } from './site.ts';

for (const path of ['/plan/', '/en/plan/summary/', '/overseas/', '/plan/compare/'])
  test.describe(`${path} on paper`, () => {
    test('shows the QR code of its address in print only', async ({ sharedTab }) => {
      // One tab for the four pages; each check starts from the screen, as a reader's page does.
      const page = await sharedTab('base print');
      await page.emulateMedia({ media: 'screen' });
      await page.goto(BASE + path);
      const shown = () =>
        page.evaluate(() => getComputedStyle(document.querySelector('.print-qr')!).display !== 'none');
      expect(await shown()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await shown()).toBe(true);
    });
  });
