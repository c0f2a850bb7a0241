// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) in Chromium on every built page: zero violations.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { useBrowser } from '../support/chromium.ts';
import { pageUrls } from '../support/dist.ts';

const { origin, browser } = useBrowser();
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
let page: Page;

// One tab for all pages: a fresh context per page costs more than the check itself, and these pages
// keep no state beyond the reading mode, which each run sets explicitly.
beforeAll(async () => {
  page = await (await browser().newContext()).newPage();
});

// The large reading mode changes only tokens (size, contrast), so one page of each type is enough for it.
const LARGE_MODE_SAMPLE = ['/', '/plan/', '/en/targets/high-value-invention-patents/', '/services/protection-centre/', '/en/overseas/', '/404.html'];
const runs = pageUrls().flatMap((url) => [[url, 'default'], ...(LARGE_MODE_SAMPLE.includes(url) ? [[url, 'large']] : [])]);

describe('axe', () => {
  it.each(runs)('%s has no axe violations in %s reading mode', async (url, mode) => {
    await page.goto(origin + url);
    await page.evaluate((large) => {
      if (large) document.documentElement.dataset.reading = 'large';
      else delete document.documentElement.dataset.reading;
    }, mode === 'large');
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
  });
});
