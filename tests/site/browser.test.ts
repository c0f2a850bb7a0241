// In Chromium against the built site: keyboard journeys, the language switch, reading mode,
// and on every page no CSP violation, no request off the site, no cookie, no sideways scroll at 320 px.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/chromium.ts';
import { pageUrls } from '../support/dist.ts';
import { asShownIn } from '../../src/i18n/converters.ts';

const { origin, browser, sharedTab } = useBrowser();

/** Opens a page, collecting what it logs as errors and what it requests from other sites. */
async function openPage(path: string, options: { width?: number; javaScript?: boolean } = {}) {
  const context = await browser().newContext({
    viewport: { width: options.width ?? 1024, height: 800 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const offSite: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) offSite.push(request.url());
  });
  await page.goto(origin + path, { waitUntil: 'load' });
  return { page, context, problems, offSite };
}

describe('keyboard journeys', () => {
  it('reaches the skip link first and it moves focus to the main content', async () => {
    const { page, context } = await openPage('/plan/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('switches language on the same clause', async () => {
    const { page, context } = await openPage('/plan/#task-2-1-1');
    await page.click('.language-menu summary');
    await page.click('.language-menu [hreflang="en"]');
    await page.waitForURL(/\/en\/plan\/#task-2-1-1$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // The clause's first sentence as the English content file has it, so rewording the English keeps this true.
    const source = readFileSync('content/plan/en/42-task-2.md', 'utf8')
      .split('\n')
      .find((line) => line.includes('{#task-2-1-1}'))!;
    expect((await page.locator('#task-2-1-1').textContent())?.startsWith(source.split('. ')[0])).toBe(true);
    await context.close();
  });

  it('switches back from English to the Chinese clause with the keyboard alone', async () => {
    const { page, context } = await openPage('/en/plan/#task-5-1-2');
    await page.focus('.language-menu summary');
    await page.keyboard.press('Enter'); // opens the menu
    await page.keyboard.press('Tab'); // its first language: 简体中文
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}/plan/#task-5-1-2`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await context.close();
  });

  it('opens the Traditional Chinese edition at the same clause, converted from the Simplified text', async () => {
    const { page, context } = await openPage('/plan/#task-2-1-1');
    const simplified = await page.locator('#task-2-1-1').textContent();
    await page.click('.language-menu summary');
    await page.click('.language-menu [hreflang="zh-Hant"]');
    await page.waitForURL(/\/zh-hant\/plan\/#task-2-1-1$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    expect(asShownIn('zh-hant')(simplified!)).toBe(await page.locator('#task-2-1-1').textContent());
    await context.close();
  });
});

describe('more keyboard journeys', () => {
  it('shows a visible focus indicator on links reached with the keyboard', async () => {
    const { page, context } = await openPage('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  it('reaches every main navigation link with Tab', async () => {
    const { page, context } = await openPage('/en/');
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
    await context.close();
  });

  it('filters the services directory with the keyboard alone', async () => {
    const { page, context } = await openPage('/en/services/');
    await page.focus('#filter-need');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('[data-need-group]:not([hidden])').count()).toBe(1);
    await context.close();
  });

  it('lets the keyboard reach a chart table region to scroll it', async () => {
    const { page, context } = await openPage('/targets/high-value-invention-patents/');
    await page.focus('section.scroll-table');
    expect(await page.evaluate(() => document.activeElement?.matches('section.scroll-table'))).toBe(true);
    await context.close();
  });
});

describe('text resized to 200%', () => {
  it.each(['/', '/plan/', '/en/targets/', '/services/', '/en/overseas/', '/search/'])(
    '%s keeps all content without sideways scrolling',
    async (url) => {
      const page = await sharedTab('640 px', { viewport: { width: 640, height: 800 } });
      await page.goto(origin + url);
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%')); // gone with the next page
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    },
  );
});

describe('reading mode (适老化)', () => {
  it('enlarges the text and remembers the choice on the next page, without cookies', async () => {
    const { page, context } = await openPage('/');
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const before = await size();
    await page.click('[data-reading-mode]');
    expect(await size()).toBeGreaterThan(before * 1.15);
    await page.goto(origin + '/plan/');
    expect(await page.locator('html').getAttribute('data-reading')).toBe('large');
    expect(await page.locator('[data-reading-mode]').getAttribute('aria-pressed')).toBe('true');
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});

describe('every page', () => {
  // One 320 px tab visits every page; its listeners collect what each visit logs and requests.
  let tab: Page;
  let context: BrowserContext;
  const problems: string[] = [];
  const offSite: string[] = [];
  beforeAll(async () => {
    context = await browser().newContext({ viewport: { width: 320, height: 800 } });
    tab = await context.newPage();
    tab.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    tab.on('pageerror', (error) => problems.push(error.message));
    tab.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) offSite.push(request.url());
    });
  });

  it.each(pageUrls())(
    '%s loads at 320 px with no CSP violation or script error, no request off the site, no cookie and no sideways scroll',
    async (url) => {
      problems.length = 0;
      offSite.length = 0;
      await tab.goto(origin + url, { waitUntil: 'load' });
      expect(problems).toEqual([]);
      expect(offSite).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      const overflow = await tab.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    },
  );
});
