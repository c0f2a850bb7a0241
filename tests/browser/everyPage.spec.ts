// Every built page, once, in a 320 px window (WCAG's reflow width): it loads with no CSP violation or script
// error, requests nothing from another site, sets no cookie, holds still while loading (no layout shift), needs
// no sideways scroll (nor with text at 200%, when the header stays under half the screen and still shows the
// large-text button in its bar, and no heading is smaller than the body text), and axe-core finds
// no violation (WCAG 2.0–2.2 A and AA and axe's best practices). One visit does all of it: loading a page is
// most of a check's cost on two cores. Colour contrast, two thirds of axe's time on a long page and decided by
// the stylesheet a kind's pages share, is checked here on one page of each kind in each written language (and
// in the desktop window by accessibility.spec.ts, which also checks the desktop layout); every other rule runs
// on every page.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axeViolations, preloadAxe } from './axe.ts';
import { layoutShiftAfterLoad, observeLayoutShifts, VISIBLE_SHIFT } from './layoutShift.ts';
import { pageUrls } from '../support/dist.ts';
import { kindSamples } from '../support/pageKinds.ts';

const CONTRAST_CHECKED = new Set(kindSamples());

/** Collects what the page logs as errors and what it requests from other sites, from now on. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  const offSite: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) offSite.push(request.url());
  });
  return { problems, offSite };
}

test.describe('every page', { tag: '@phone' }, () => {
  // The pages are shared out between the workers; each worker's tab visits its share, its listeners
  // collecting what each visit logs and requests. axe runs in the page's renderer, so both cores stay busy.
  test.describe.configure({ mode: 'parallel' });
  let tab: Page;
  let context: BrowserContext;
  let seen: ReturnType<typeof watch>;
  test.beforeAll(async ({ browser, origin }) => {
    context = await browser.newContext({ baseURL: origin, viewport: { width: 320, height: 800 } });
    await preloadAxe(context);
    await observeLayoutShifts(context);
    tab = await context.newPage();
    seen = watch(tab, origin);
  });
  test.afterAll(async () => context?.close());

  for (const url of pageUrls())
    test(`${url} loads at 320 px with no CSP violation, script error, request off the site, cookie, layout shift, sideways scroll (also at 200% text) or axe violation`, async () => {
      seen.problems.length = 0;
      seen.offSite.length = 0;
      await tab.goto(url, { waitUntil: 'load' });
      expect(seen.problems).toEqual([]);
      expect(seen.offSite).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      const { total, moved } = await layoutShiftAfterLoad(tab);
      expect(total, moved.join('\n')).toBeLessThan(VISIBLE_SHIFT);
      const overflow = await tab.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(tab, { colourContrast: CONTRAST_CHECKED.has(url) })).toEqual([]);
      // Then with text at 200% (a root style, gone with the next page): still no sideways scroll, and the
      // header's own rows under half the screen (an unofficial deployment's identity strip is not folded on purpose).
      const large = await tab.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
        const height = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().height ?? 0;
        const bar = document.querySelector('.site-header__bar')!.getBoundingClientRect();
        const toggle = document.querySelector('.site-header__bar [data-reading-mode]')?.getBoundingClientRect();
        // Every visible heading in the page's body at least the size of its body text (a heading capped against
        // the screen's width once fell under the text it headed).
        const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
        const small = [...document.querySelectorAll('main :is(h1, h2, h3, h4)')]
          .filter((h) => h.getBoundingClientRect().height > 1 && size(h) < size(document.body))
          .map((h) => `${h.tagName} ${size(h)} px < ${size(document.body)} px: ${h.textContent?.trim().slice(0, 40)}`);
        return {
          small,
          // 大字模式 is found without opening the menu: in the bar, on its one line.
          toggleInBar: !!toggle && toggle.height > 0 && toggle.top >= bar.top && toggle.bottom <= bar.bottom + 1,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          header: (height('.site-header') - height('.site-header__identity')) / innerHeight,
        };
      });
      expect(large.overflow, 'sideways scroll with text at 200%').toBeLessThanOrEqual(0);
      expect(large.header, 'the header with text at 200% takes half the screen').toBeLessThan(0.5);
      expect(large.toggleInBar, '大字模式 is not in the header bar with text at 200%').toBe(true);
      expect(large.small, 'headings smaller than the body text with text at 200%').toEqual([]);
    });
});
