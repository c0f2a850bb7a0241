// axe-core (WCAG 2.0/2.1/2.2 A and AA rules and axe's best practices) in Chromium on every built page: zero violations.
import { expect, test } from './fixtures.ts';
import { axeViolations, preloadAxe } from './axe.ts';
import { pageUrls } from '../support/dist.ts';

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
const runs = pageUrls().flatMap((url) => [
  [url, 'default'],
  ...(LARGE_MODE_SAMPLE.includes(url) ? [[url, 'large']] : []),
]);

for (const [url, mode] of runs)
  test(`${url} has no axe violations in ${mode} reading mode`, async ({ sharedTab }) => {
    const page = await sharedTab('axe', {}, preloadAxe);
    await page.goto(url);
    await page.evaluate((large) => {
      if (large) document.documentElement.dataset.reading = 'large';
      else delete document.documentElement.dataset.reading;
    }, mode === 'large');
    expect(await axeViolations(page)).toEqual([]);
  });
