// axe-core (WCAG 2.0/2.1/2.2 A and AA rules and axe's best practices) in Chromium on every built page: zero violations.
import { beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, preloadAxe } from '../support/axe.ts';
import { useBrowser } from '../support/chromium.ts';
import { pageUrls } from '../support/dist.ts';

const { origin, browser } = useBrowser();
// A few reused tabs instead of a fresh context per page (which costs more than the check itself): these
// pages keep no state beyond the reading mode, which each run sets explicitly. Two tabs at once keep both
// cores busy, since axe runs in each page's renderer process, not in Node.
const TABS = 2;
const idleTabs: Page[] = [];
const waitingForTab: Array<(tab: Page) => void> = [];
beforeAll(async () => {
  const context = await browser().newContext();
  await preloadAxe(context);
  for (let i = 0; i < TABS; i++) idleTabs.push(await context.newPage());
});
async function withTab<T>(work: (tab: Page) => Promise<T>): Promise<T> {
  const tab = idleTabs.pop() ?? (await new Promise<Page>((resolve) => waitingForTab.push(resolve)));
  try {
    return await work(tab);
  } finally {
    const next = waitingForTab.shift();
    if (next) next(tab);
    else idleTabs.push(tab);
  }
}

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

describe('axe', () => {
  it.concurrent.for(runs)('%s has no axe violations in %s reading mode', async ([url, mode], { expect }) => {
    const summary = await withTab(async (page) => {
      await page.goto(origin + url);
      await page.evaluate((large) => {
        if (large) document.documentElement.dataset.reading = 'large';
        else delete document.documentElement.dataset.reading;
      }, mode === 'large');
      return axeViolations(page);
    });
    expect(summary).toEqual([]);
  });
});
