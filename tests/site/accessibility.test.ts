// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) in Chromium on every built page: zero violations.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser } from '../support/browser.ts';
import { pageUrls } from '../support/dist.ts';

const origin = inject('origin');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(pageUrls())('%s', (url) => {
  it.each([['default'], ['large']])('has no axe violations in %s reading mode', async (mode) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + url);
    if (mode === 'large') await page.evaluate(() => (document.documentElement.dataset.reading = 'large'));
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
    await context.close();
  });
});
