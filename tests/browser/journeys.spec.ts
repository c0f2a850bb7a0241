// In Chromium against the built site: keyboard journeys, the language switch, reading mode,
// and text resized to 200%. Every page's own checks are in everyPage.spec.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { asShownIn } from '../../src/i18n/converters.ts';
import { parseContent } from '../../src/lib/content/parse.ts';
import { SUBJECTS, entryAbout } from '../../src/lib/services/subjects.ts';

test.describe('keyboard journeys', () => {
  test('reaches the skip link first and it moves focus to the main content', async ({ page }) => {
    await page.goto('/plan/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  test('switches language on the same clause', async ({ page }) => {
    await page.goto('/plan/#task-2-1-1');
    await page.click('.language-menu summary');
    await page.click('.language-menu [hreflang="en"]');
    await page.waitForURL(/\/en\/plan\/#task-2-1-1$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // The clause's first sentence as the English content file has it, so rewording the English keeps this true.
    const source = readFileSync('content/plan/en/42-task-2.md', 'utf8')
      .split('\n')
      .find((line) => line.includes('{#task-2-1-1}'))!;
    expect((await page.locator('#task-2-1-1').textContent())?.startsWith(source.split('. ')[0])).toBe(true);
  });

  test('switches back from English to the Chinese clause with the keyboard alone', async ({ page, origin }) => {
    await page.goto('/en/plan/#task-5-1-2');
    await page.focus('.language-menu summary');
    await page.keyboard.press('Enter'); // opens the menu
    await page.keyboard.press('Tab'); // its first language: 简体中文
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}/plan/#task-5-1-2`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  test('opens the Traditional Chinese edition at the same clause, converted from the Simplified text', async ({
    page,
  }) => {
    // The clause's own words, without its tools (本條連結, 引用), which speak the interface's words.
    const clauseWords = () =>
      page.locator('#task-2-1-1').evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.clause-link, .clause-more-toggle, .clause-more').forEach((tool) => tool.remove());
        return copy.textContent;
      });
    await page.goto('/plan/#task-2-1-1');
    const simplified = await clauseWords();
    await page.click('.language-menu summary');
    await page.click('.language-menu [hreflang="zh-Hant"]');
    await page.waitForURL(/\/zh-hant\/plan\/#task-2-1-1$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    expect(asShownIn('zh-hant')(simplified!)).toBe(await clauseWords());
  });
});

test.describe('more keyboard journeys', () => {
  test('shows a visible focus indicator on links reached with the keyboard', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  test('reaches every main navigation link with Tab', async ({ page }) => {
    await page.goto('/en/');
    const navLinks = await page.locator('nav[aria-label="Main navigation"] a').count();
    const reached = new Set<string>();
    for (let i = 0; i < 25 && reached.size < navLinks; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() =>
        document.activeElement?.closest('nav[aria-label="Main navigation"]')
          ? document.activeElement.getAttribute('href')
          : null,
      );
      if (href) reached.add(href);
    }
    expect(reached.size).toBe(navLinks);
  });

  test('filters the services directory with the keyboard alone', async ({ page }) => {
    // The first choice after "All" is the first kind of IP: the lists holding an entry about it stay.
    const entries = readdirSync('content/services/zh').flatMap((file) => {
      const data = parseContent(file, readFileSync(`content/services/zh/${file}`, 'utf8')).data as {
        needs: string[];
        kind: string;
      };
      return data.needs.map((need) => ({ need, kind: data.kind }));
    });
    const lists = new Set(entries.filter((entry) => entryAbout(SUBJECTS[0], entry)).map((entry) => entry.need));
    await page.goto('/en/services/');
    await page.focus('#filter-need');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('[data-need-group]:not([hidden])').count()).toBe(lists.size);
    await expect(page.locator('#filter-need')).toHaveValue(SUBJECTS[0]);
  });

  test('lets the keyboard reach a chart table region to scroll it', async ({ page }) => {
    await page.goto('/targets/high-value-invention-patents/');
    await page.focus('section.scroll-table');
    expect(await page.evaluate(() => document.activeElement?.matches('section.scroll-table'))).toBe(true);
  });
});

test.describe('text resized to 200%', () => {
  for (const url of ['/', '/plan/', '/en/targets/', '/services/', '/en/overseas/', '/search/'])
    test(`${url} keeps all content without sideways scrolling`, async ({ sharedTab }) => {
      const page = await sharedTab('journeys 640 px', { viewport: { width: 640, height: 800 } });
      await page.goto(url);
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%')); // gone with the next page
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
});

test.describe('reading mode (适老化)', () => {
  test('enlarges the text and remembers the choice on the next page, without cookies', async ({ page, context }) => {
    await page.goto('/');
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const before = await size();
    await page.click('[data-reading-mode]');
    expect(await size()).toBeGreaterThan(before * 1.15);
    await page.goto('/plan/');
    expect(await page.locator('html').getAttribute('data-reading')).toBe('large');
    expect(await page.locator('[data-reading-mode]').getAttribute('aria-pressed')).toBe('true');
    expect(await context.cookies()).toEqual([]);
  });
});
