// axe-core (WCAG 2.0/2.1/2.2 A and AA rules and axe's best practices) in Chromium in the desktop window, on one
// page of each kind in each written language, and in the large reading mode on a sample: zero violations.
// Every page, in every language, is checked by axe at 320 px in everyPage.spec.ts; what the 1280 px window
// adds is the desktop layout (the full navigation, the plan's side contents, two columns), which a kind's
// template decides.
import { expect, test } from './fixtures.ts';
import { axeViolations, preloadAxe } from './axe.ts';
import { pageUrls } from '../support/dist.ts';
import { kindSamples } from '../support/pageKinds.ts';

// The pages are shared out between the workers, each reusing one tab instead of a fresh context per page (which
// costs more than the check itself): these pages keep no state beyond the reading mode, which each run sets
// explicitly. axe runs in each page's renderer process, so two workers keep both cores busy.
test.describe.configure({ mode: 'parallel' });

// The large reading mode changes only tokens (size, contrast), so one page of each type is enough for it.
const LARGE_MODE_SAMPLE = [
  '/',
  '/plan/',
  '/en/targets/high-value-invention-patents/',
  '/services/protection-centre/',
  '/en/overseas/',
  '/404.html',
];
const runs = [...kindSamples().map((url) => [url, 'default']), ...LARGE_MODE_SAMPLE.map((url) => [url, 'large'])];

test('the sample for the large reading mode is pages of the site', () => {
  expect(LARGE_MODE_SAMPLE.filter((url) => !pageUrls().includes(url))).toEqual([]);
});

for (const [url, mode] of runs)
  test(`${url} has no axe violations in ${mode} reading mode in a desktop window`, async ({ sharedTab }) => {
    const page = await sharedTab('axe', {}, preloadAxe);
    await page.goto(url);
    await page.evaluate((large) => {
      if (large) document.documentElement.dataset.reading = 'large';
      else delete document.documentElement.dataset.reading;
    }, mode === 'large');
    expect(await axeViolations(page)).toEqual([]);
  });
