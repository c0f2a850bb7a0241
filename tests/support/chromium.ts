// Shared browser set-up for the Chromium test files: one Chromium for the whole project, started by
// globalSetup.ts, which each file connects to; a fresh context per page, or a
// tab kept open for checks that leave nothing behind. A fresh context starts a new renderer process, which
// costs about four times the CPU of navigating an open tab (measured here: 0.8 against 0.2 CPU-seconds a
// page), and CPU is what the test stage runs out of on a 2-core machine.
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

export function useBrowser() {
  const origin = inject('origin');
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close(); // disconnects, closing this file's contexts; globalSetup closes the browser
  });
  /** Opens a page of the built site; the caller closes page.context() when done. */
  async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'load' });
    return page;
  }
  const tabs = new Map<string, Promise<Page>>();
  /**
   * The file's tab called `name`, opened on first use with these options and `prepare` (e.g. init scripts)
   * applied to its context, then kept open; the browser closes it after the file. For checks that load a
   * page and read it, leaving no state the next check could see (or resetting what they set).
   */
  function sharedTab(
    name: string,
    options: BrowserContextOptions = {},
    prepare?: (context: BrowserContext) => Promise<unknown>,
  ): Promise<Page> {
    if (!tabs.has(name))
      tabs.set(
        name,
        browser.newContext(options).then(async (context) => {
          await prepare?.(context);
          return context.newPage();
        }),
      );
    return tabs.get(name)!;
  }
  return { origin, open, sharedTab, browser: () => browser };
}
