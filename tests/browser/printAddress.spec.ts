// Without SITE_URL (dist/) the build knows only the page's path, so before printing the print header gets the
// address the page was read at; a build with SITE_URL keeps its public one (tests/browser/base/printAddress).
import { expect, test } from './fixtures.ts';

test('prints the address the page was read at when the build has no site address', async ({ open }) => {
  const page = await open('/infringement/');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-header] [data-print-url]')).toHaveText(
    await page.evaluate(() => `${location.origin}${location.pathname}`),
  );
});
