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

test('the filing planner’s QR code and printed address carry the answers on the site’s own address', async ({
  sharedTab,
}) => {
  const page = await sharedTab('base print');
  await page.emulateMedia({ media: 'screen' });
  const query = '?date=2026-03-02&place=china&made=yes';
  await page.goto(`${BASE}/overseas/planner/${query}`);
  await page.locator('[data-planner-result]').waitFor();
  const site = new URL((await page.locator('[data-print-qr]').getAttribute('data-print-qr'))!);
  expect(site.search).toBe('');
  const printed = `${site.href}${query}`;
  await expect(page.locator('[data-print-qr-url]')).toHaveText(printed);
  await expect(page.locator('[data-print-header] [data-print-url]')).toHaveText(printed);
  expect(await page.locator('[data-print-qr] svg').getAttribute('aria-label')).toContain(printed);
});
