// The services finder with large text (issue 27, fourth review): at 320 px with 200% text and 大字模式 it was
// about 36,000 px long, the bodies repeated under every need. Each need's list now folds to its heading and a
// 44 px "list these n bodies" line, and opens in place; at the reader's own size on a wide screen it is shown.
import { expect, test, type SharedTab } from './fixtures.ts';

async function largeTextTab(sharedTab: SharedTab, width: number) {
  const page = await sharedTab('large text', { viewport: { width, height: 844 } }, (context) =>
    context.addInitScript(() => localStorage.setItem('reading-mode', 'large')),
  );
  await page.setViewportSize({ width, height: 844 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  return page;
}

test.describe('the services finder with large text', { tag: '@phone' }, () => {
  for (const url of ['/services/', '/en/services/'])
    test(`${url}: every need's list starts folded at 320 px, each a 44 px line that opens in place`, async ({
      sharedTab,
    }) => {
      const page = await largeTextTab(sharedTab, 320);
      await page.goto(url);
      const groups = page.locator('main [data-need-group]');
      const count = await groups.count();
      expect(count).toBeGreaterThan(0);
      await expect(page.locator('main [data-need-group] [data-service]').first()).toBeHidden();
      const summaries = page.locator('main .need-group > summary');
      await expect(summaries).toHaveCount(count);
      for (const box of await summaries.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height)))
        expect(box).toBeGreaterThanOrEqual(44);
      // Folded, the need lists together take a few screens, not dozens: two lines (heading and summary) a need.
      const span = await groups.evaluateAll((els) => {
        const first = els[0]!.getBoundingClientRect().top;
        const last = els.at(-1)!.getBoundingClientRect().bottom;
        return last - first;
      });
      expect(span).toBeLessThan(count * 844 * 0.5);
      await summaries.first().click();
      await expect(groups.first().locator('[data-service]').first()).toBeVisible();
    });
});

test.describe('the services finder at the reader’s own text size', () => {
  for (const url of ['/services/', '/en/services/'])
    test(`${url}: every need's list is shown, without a summary to open`, async ({ sharedTab }) => {
      const page = await sharedTab('desktop', { viewport: { width: 1280, height: 900 } });
      await page.goto(url);
      await expect(page.locator('main .need-group > summary').first()).toBeHidden();
      await expect(page.locator('main [data-need-group] [data-service]').first()).toBeVisible();
    });
});
