// In Chromium: a reader halfway through a clause of /plan/ — its heading and its first lines scrolled off the
// top — switches language from the place bar and lands on that same clause, by mouse and by keyboard, on a
// phone and on a desktop. (The page's scroll padding once made focusing the bar's links scroll the page on by
// a screen, so the switch took the reader to a later clause.)
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';
import { LOCALES, counterpartLang, localePath } from '../../src/i18n/locales.ts';

// The first measure of each subsection, from the plan's own files: the clause right after a heading.
const firstMeasures = loadPlanFiles('zh')
  .flatMap((f) => f.clauses)
  .filter((c) => c.kind === 'measure' && c.id.endsWith('-1'))
  .map((c) => c.id);
const TRANSLATION = LOCALES.find((lang) => localePath(lang, '/plan/') !== '/plan/')!;

/** Scrolls to the middle of the tallest first measure, so its heading and opening lines are off the top;
 *  gives the clause's ID and the page's scroll position. */
async function readMidClause(page: Page): Promise<{ id: string; scrolled: number }> {
  return page.evaluate((ids) => {
    const tallest = ids
      .map((id) => document.getElementById(id)!)
      .reduce((a, b) => (b.getBoundingClientRect().height > a.getBoundingClientRect().height ? b : a));
    const box = tallest.getBoundingClientRect();
    scrollTo(0, scrollY + box.top + Math.min(box.height / 3, 120));
    return { id: tallest.id, scrolled: scrollY };
  }, firstMeasures);
}

for (const [how, tag] of [
  ['desktop', {}],
  ['phone', { tag: '@phone' }],
] as const)
  test.describe(`switching language mid-clause (${how})`, tag, () => {
    const from = localePath(TRANSLATION, '/plan/');
    const to = localePath(counterpartLang(TRANSLATION), '/plan/');

    test('by mouse, opens the other language at the clause being read', async ({ open }) => {
      const page = await open(from);
      const { id } = await readMidClause(page);
      await expect(page.locator('.plan-place')).toHaveClass(/is-active/);
      await page.click('.plan-place [data-language-switch]');
      await page.waitForURL((url) => url.pathname === to && url.hash === `#${id}`);
    });

    test('by keyboard, without the page moving when the switch takes focus', async ({ open }) => {
      const page = await open(from);
      const { id, scrolled } = await readMidClause(page);
      await expect(page.locator('.plan-place')).toHaveClass(/is-active/);
      await page.focus('.plan-place__contents');
      await page.keyboard.press('Tab');
      await expect(page.locator('.plan-place [data-language-switch]')).toBeFocused();
      expect(await page.evaluate(() => scrollY), 'focusing the bar scrolled the page').toBe(scrolled);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === to && url.hash === `#${id}`);
    });
  });
