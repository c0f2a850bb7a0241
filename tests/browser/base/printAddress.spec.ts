// The print header's "本页网址 / Page address" on paper: in a build with SITE_URL (dist-base/) it is the public
// address, as the QR code and the printed links are, even when the page is read on another host (here the
// local preview). Only a build without SITE_URL prints the address the page was read at (tests/browser/print*).
import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures.ts';
import { BASE } from './site.ts';

const { SITE_URL } = JSON.parse(readFileSync('tests/fixtures/deployment.json', 'utf8')) as { SITE_URL: string };

for (const path of ['/infringement/', '/en/plan/'])
  test(`prints the public address of ${path}, not the preview's`, async ({ open }) => {
    const page = await open(BASE + path);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const address = page.locator('[data-print-header] [data-print-url]');
    await expect(address).toBeVisible();
    await expect(address).toHaveText(new URL(`${BASE}${path}`, SITE_URL).href);
  });
