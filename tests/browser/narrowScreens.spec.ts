// In Chromium: what a phone reader with large text sees first (issue 27). The unofficial-site strip stays one
// line (fewer words where it is narrow for its text; the full words still named to screen readers and shown
// on wide screens), and a table wider than the screen says in words that it scrolls sideways, only while it
// does, and never on paper.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { LOCALES, TRANSLATION_LANGS, localePath, type Lang } from '../../src/i18n/locales.ts';
import { asShownIn } from '../../src/i18n/converters.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { PLANNER_PATH } from '../../src/lib/content/routes.ts';

const words = (lang: Lang) => {
  const t = useTranslations(lang);
  const shown = asShownIn(lang);
  return (key: Parameters<typeof t>[0]) => shown(t(key));
};

/** Whether the build is an unofficial one, as its header says (SITE_OFFICIAL): only those have the strip. */
const unofficial = async (page: Page) => (await page.locator('.site-header--unofficial').count()) > 0;

/** The strip's lines: its text's height over its line height. */
const stripLines = (page: Page) =>
  page.evaluate(() => {
    const p = document.querySelector('[data-identity-banner] p')!;
    return p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight);
  });

test.describe('the unofficial-site strip on a phone', { tag: '@phone' }, () => {
  for (const lang of LOCALES)
    for (const size of ['200%', '250%'])
      test(`(${lang}) is one line with text at ${size}, and still names its full words`, async ({ sharedTab }) => {
        const page = await sharedTab('narrow screens phone');
        await page.goto(localePath(lang, '/', ''));
        if (!(await unofficial(page))) return expect(page.locator('[data-identity-banner]')).toHaveCount(0);
        await page.evaluate((s) => (document.documentElement.style.fontSize = s), size); // gone with the next page
        expect(await stripLines(page)).toBeLessThan(1.5);
        const t = words(lang);
        const strip = page.locator('[data-identity-banner]');
        await expect(strip.getByRole('link', { name: t('identity.bannerMore'), exact: true })).toBeVisible();
        await expect(strip.locator('strong')).toContainText(t('identity.banner'));
      });

  test('is one line in 大字模式 with the browser text at double size', async ({ sharedTab }) => {
    const page = await sharedTab('narrow screens large', {}, (context) =>
      context.addInitScript(() => localStorage.setItem('reading-mode', 'large')),
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    for (const lang of LOCALES) {
      await page.goto(localePath(lang, '/', ''));
      if (!(await unofficial(page))) continue;
      expect(await stripLines(page), lang).toBeLessThan(1.5);
    }
  });
});

test('the unofficial-site strip shows its full words on a wide screen with text at 200%', async ({ sharedTab }) => {
  const page = await sharedTab('narrow screens desktop');
  for (const lang of LOCALES) {
    await page.goto(localePath(lang, '/', ''));
    if (!(await unofficial(page))) continue;
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const t = words(lang);
    const strip = page.locator('[data-identity-banner]');
    // The full words at their full size (not the 1 px a screen-reader-only text keeps), the short ones not at all.
    const full = strip.locator('.site-header__said-in-full');
    expect(await full.allInnerTexts()).toEqual([t('identity.banner'), t('identity.bannerMore')]);
    for (const box of await full.evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().width)))
      expect(box).toBeGreaterThan(10);
    await expect(strip.locator('.site-header__said-briefly').first()).toBeHidden();
    await expect(strip.locator('.site-header__said-briefly').last()).toBeHidden();
  }
});

// Pages with tables as wide as their content makes them: the periods table of a translation's filing planner and
// the editors' translation table, whose file paths do not wrap.
const WIDE_TABLE_PAGES = [localePath(TRANSLATION_LANGS[0], PLANNER_PATH, ''), '/editors/translations/'];

/** Each scroll table on the page: whether it overflows its box, and whether its hint shows. */
const scrollTables = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-scroll-table]')].map((box) => {
      const region = box.querySelector('.scroll-table')!;
      const hint = box.querySelector<HTMLElement>('[data-scroll-hint]')!;
      return {
        overflows: region.scrollWidth > region.clientWidth + 1,
        hint: hint.checkVisibility({ visibilityProperty: true }),
      };
    }),
  );

test.describe('a table wider than the screen', { tag: '@phone' }, () => {
  test('says it scrolls sideways, in words, exactly while it does, and not on paper', async ({ sharedTab }) => {
    const page = await sharedTab('narrow screens phone');
    const seen: boolean[] = [];
    for (const url of WIDE_TABLE_PAGES) {
      await page.goto(url);
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      await expect
        .poll(async () => (await scrollTables(page)).every((table) => table.hint === table.overflows), { message: url })
        .toBe(true);
      seen.push(...(await scrollTables(page)).map((table) => table.hint));
      await page.emulateMedia({ media: 'print' });
      expect(
        (await scrollTables(page)).some((table) => table.hint),
        `${url} in print`,
      ).toBe(false);
      await page.emulateMedia({ media: 'screen' });
    }
    // The pages have wide tables: a hint that never shows would pass the check above.
    expect(seen).toContain(true);
  });
});

test('on a wide screen a scroll table mentions scrolling only if it still overflows', async ({ sharedTab }) => {
  const page = await sharedTab('narrow screens desktop');
  for (const url of WIDE_TABLE_PAGES) {
    await page.goto(url);
    const tables = await scrollTables(page);
    expect(tables.length, url).toBeGreaterThan(0);
    for (const table of tables) expect(table.hint, url).toBe(table.overflows);
  }
});
