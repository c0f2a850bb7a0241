// Shared browser set-up for the Chromium test files: one browser per file, a fresh context per page.
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';

export function useBrowser() {
  const origin = inject('origin');
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  /** Opens a page of the built site; the caller closes page.context() when done. */
  async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'load' });
    return page;
  }
  return { origin, open, browser: () => browser };
}
