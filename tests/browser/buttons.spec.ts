// In Chromium: one button system (docs/components.md, Button). A designer counted four looks of button, among
// them the browser's own grey square (筛选 on /services/). On one page of each kind, in both widths, every
// visible button and every link that acts as one has the site's one corner, and none wears the browser's
// default grey; the two levels, primary and secondary, share one height.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { kindSamples } from '../support/pageKinds.ts';

test.describe.configure({ mode: 'parallel' });

/** The browser's own button face (Chromium's ButtonFace, light scheme): what a button without a style shows. */
const BROWSER_GREYS = ['rgb(239, 239, 239)', 'rgb(240, 240, 240)'];

/** Every visible button, and every link styled as one, with its corners, background and height. */
function buttonsOn(page: Page) {
  return page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.borderTopLeftRadius = 'var(--radius)';
    document.body.append(probe);
    const radius = getComputedStyle(probe).borderTopLeftRadius;
    probe.remove();
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'button, a.button, :is(.prose, .service-body) p > a[href^="tel:"]:only-child',
      ),
    ].filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
    return {
      radius,
      buttons: controls.map((el) => {
        const style = getComputedStyle(el);
        return {
          name: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent!.trim().slice(0, 20)}"`,
          corners: [
            style.borderTopLeftRadius,
            style.borderTopRightRadius,
            style.borderBottomRightRadius,
            style.borderBottomLeftRadius,
          ],
          background: style.backgroundColor,
          level: el.classList.contains('button--secondary')
            ? 'secondary'
            : el.classList.contains('button')
              ? 'primary'
              : '',
          height: el.getBoundingClientRect().height,
        };
      }),
    };
  });
}

// Every kind in the desktop window; the phone's header (its menu button) on the home pages: the buttons are
// the same components at both widths.
const runs = [...kindSamples().map((url) => [url, 1280] as const), ...['/', '/en/'].map((url) => [url, 390] as const)];

for (const [url, width] of runs)
  test(`${url} at ${width} px: every button has the site's corner, none the browser's grey`, async ({ sharedTab }) => {
    const page = await sharedTab(`buttons ${width}`, { viewport: { width, height: 844 } });
    await page.goto(url);
    const { radius, buttons } = await buttonsOn(page);
    expect(parseFloat(radius), 'the --radius token').toBeGreaterThan(0);
    expect(buttons.length, 'no button in the header').toBeGreaterThan(0);
    for (const button of buttons) {
      expect(button.corners, button.name).toEqual([radius, radius, radius, radius]);
      expect(BROWSER_GREYS, button.name).not.toContain(button.background);
    }
  });

// The filter's second button shows only once a filter is set: the state a reader sees after pressing 筛选.
for (const url of ['/services/', '/en/services/'])
  test(`${url}: the filter's primary and secondary buttons are one height, one corner, neither grey`, async ({
    open,
  }) => {
    const page = await open(url);
    const form = page.locator('[data-service-filter]');
    await form.locator('select').first().selectOption({ index: 1 });
    await form.locator('button[type="submit"]').click();
    await expect(form.locator('[data-filter-reset]')).toBeVisible();
    const { radius, buttons } = await buttonsOn(page);
    const filter = buttons.filter((b) => b.level);
    expect(filter.map((b) => b.level)).toEqual(expect.arrayContaining(['primary', 'secondary']));
    for (const button of buttons) {
      expect(button.corners, button.name).toEqual([radius, radius, radius, radius]);
      expect(BROWSER_GREYS, button.name).not.toContain(button.background);
    }
    const heights = await form
      .locator('button')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(new Set(heights).size, 'the two levels differ in height').toBe(1);
  });
