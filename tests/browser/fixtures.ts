// The browser tests' `test`: @playwright/test's, plus two ways to open a page of the built site.
// - open(path, options): a fresh browser context for this test, closed after it (a test that sets state).
// - sharedTab(name, options, prepare): a tab kept open for the worker's life, for checks that load a page and
//   read it, leaving nothing the next check could see (or resetting what they set). A fresh context starts a
//   new renderer process, which costs about four times the CPU of navigating an open tab (measured here: 0.8
//   against 0.2 CPU-seconds a page), and CPU is what the tests run out of on a two-core machine.
//   Names are shared by every file the worker runs, so a name starts with its file's subject ("layout phone").
// Contexts made here take the project's window size and address unless the options say otherwise.
import { test as base, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

export type Open = (path: string, options?: BrowserContextOptions) => Promise<Page>;
export type SharedTab = (
  name: string,
  options?: BrowserContextOptions,
  prepare?: (context: BrowserContext) => Promise<unknown>,
) => Promise<Page>;

export const test = base.extend<{ open: Open }, { origin: string; sharedTab: SharedTab }>({
  origin: [async ({}, use, workerInfo) => use(String(workerInfo.project.use.baseURL)), { scope: 'worker' }],

  sharedTab: [
    async ({ browser, origin }, use, workerInfo) => {
      const tabs = new Map<string, Promise<Page>>();
      await use((name, options = {}, prepare) => {
        if (!tabs.has(name))
          tabs.set(
            name,
            browser
              .newContext({ viewport: workerInfo.project.use.viewport, baseURL: origin, ...options })
              .then(async (context) => {
                await prepare?.(context);
                return context.newPage();
              }),
          );
        return tabs.get(name)!;
      });
      for (const tab of tabs.values()) await (await tab).context().close();
    },
    { scope: 'worker' },
  ],

  open: async ({ browser, origin }, use, testInfo) => {
    const contexts: BrowserContext[] = [];
    await use(async (path, options = {}) => {
      const context = await browser.newContext({
        viewport: testInfo.project.use.viewport,
        baseURL: origin,
        ...options,
      });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(path, { waitUntil: 'load' });
      return page;
    });
    for (const context of contexts) await context.close();
  },
});
