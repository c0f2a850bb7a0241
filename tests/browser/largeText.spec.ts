// In Chromium: 大字模式 on top of a reader's own 200% text still leaves a phone's line long enough to read,
// and the header's search and name stay whole. The hardest case: 320 px (WCAG's reflow width), the browser's
// text at 200% (Chromium's font-size setting, as a reader sets it) and the site's large-text mode stored.
import { expect, test, type SharedTab } from './fixtures.ts';
import { zh } from '../../src/i18n/zh.ts';

/** Fewer Chinese characters a line than this and reading turns into hunting for the next line (issue 27). */
const MIN_CHARACTERS_A_LINE = 10;

async function largeTextTab(sharedTab: SharedTab) {
  const page = await sharedTab('largeText 320', { viewport: { width: 320, height: 844 } }, (context) =>
    context.addInitScript(() => localStorage.setItem('reading-mode', 'large')),
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  return page;
}

/**
 * How many Chinese characters fit on a line of each element: its text's width over its font size, since a
 * Han character is one em wide (counting the characters on a line would count digits and spaces too).
 */
function charactersALine(selector: string): number[] {
  return [...document.querySelectorAll<HTMLElement>(selector)].map((element) => {
    const style = getComputedStyle(element);
    const width = element.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
    return width / parseFloat(style.fontSize);
  });
}

test.describe('at 320 px with text at 200% and 大字模式', { tag: '@phone' }, () => {
  test(`a plan paragraph holds at least ${MIN_CHARACTERS_A_LINE} characters a line, in a box too`, async ({
    sharedTab,
  }) => {
    const page = await largeTextTab(sharedTab);
    await page.goto('/plan/');
    expect(await page.evaluate(() => document.documentElement.dataset.reading)).toBe('large');
    // The plan's own paragraphs, and the notices and panels that box text in with a border and padding.
    const plain = await page.evaluate(charactersALine, 'main .plan-part p');
    const boxed = await page.evaluate(charactersALine, 'main .notice p');
    expect(plain.length, 'the plan has no paragraphs').toBeGreaterThan(0);
    expect(boxed.length, 'the plan has no notice').toBeGreaterThan(0);
    expect(Math.min(...plain)).toBeGreaterThanOrEqual(MIN_CHARACTERS_A_LINE);
    expect(Math.min(...boxed)).toBeGreaterThanOrEqual(MIN_CHARACTERS_A_LINE);
  });

  test('the open menu shows the search example whole and 搜索 on one line', async ({ sharedTab }) => {
    const page = await largeTextTab(sharedTab);
    await page.goto('/plan/');
    await page.click('[data-menu-toggle]');
    const measure = () =>
      page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#site-search')!;
        const button = input.form!.querySelector('button')!;
        const style = getComputedStyle(input);
        // The example's own width, in the field's font.
        const probe = document.createElement('span');
        probe.style.font = style.font;
        probe.style.whiteSpace = 'nowrap';
        probe.textContent = input.placeholder;
        document.body.append(probe);
        const example = probe.getBoundingClientRect().width;
        probe.remove();
        return {
          example,
          room: input.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd),
          // One rectangle a line for the button's word.
          buttonLines: (() => {
            const range = document.createRange();
            range.selectNodeContents(button);
            return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
          })(),
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
    // The field picks its example once it has a width, that is once the menu has opened and laid out.
    await expect
      .poll(async () => {
        const m = await measure();
        return m.example - m.room;
      })
      .toBeLessThanOrEqual(1);
    const m = await measure();
    expect(m.buttonLines).toBe(1);
    expect(m.overflow).toBeLessThanOrEqual(0);
  });

  test('the shortened site name still gives the full name to a screen reader', async ({ sharedTab }) => {
    const page = await largeTextTab(sharedTab);
    await page.goto('/plan/');
    await expect(page.getByRole('link', { name: zh['site.name'], exact: true })).toBeVisible();
  });
});
