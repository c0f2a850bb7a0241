// The services finder's district filter keeps the help that serves everyone (city-wide and national bodies), a
// reader who knows only "专利" or "商标" finds every body about it, the full lists by district fold away while
// a filter is on, and the header menu folds with Escape. Expected bodies come from content/services/zh (and
// the subject rule in src/lib/services/subjects.ts), not from counts.
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { parseContent } from '../../src/lib/content/parse.ts';
import { entryAbout, type Subject } from '../../src/lib/services/subjects.ts';
import { useTranslations } from '../../src/i18n/t.ts';

const bodies = readdirSync('content/services/zh')
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const slug = f.replace(/\.md$/, '');
    const data = parseContent(slug, readFileSync(`content/services/zh/${f}`, 'utf8')).data as {
      needs: string[];
      district: string;
      kind: string;
    };
    return { slug, ...data };
  });

/** What a reader in this district should be offered for this need: the district's own bodies and everyone's. */
const expected = (need: string, district: string) =>
  bodies
    .filter((b) => (!need || b.needs.includes(need)) && [district, 'citywide', 'national'].includes(b.district))
    .map((b) => b.slug)
    .sort();

const servesIn = (district: string) => (b: { district: string }) =>
  [district, 'citywide', 'national'].includes(b.district);

/** Every body with an entry about the subject (a need about it, or a kind whose name says it) in the district. */
const expectedAbout = (subject: Subject, district: string) =>
  bodies
    .filter((b) => b.needs.some((need) => entryAbout(subject, { need, kind: b.kind })) && servesIn(district)(b))
    .map((b) => b.slug)
    .sort();

const shownBodies = async (tab: Page) =>
  [
    ...new Set(
      await tab
        .locator('[data-need-group] [data-service]')
        .evaluateAll((cards) =>
          cards.filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => (c as HTMLElement).dataset.service!),
        ),
    ),
  ].sort();

test.describe('the services filter by district', () => {
  for (const [need, district] of [
    ['disputes', 'wujin'],
    ['trademarks', 'wujin'],
  ] as const) {
    test(`${need} in ${district} also offers the city-wide and national bodies`, async ({ open }) => {
      const tab = await open('/services/');
      await tab.selectOption('#filter-need', need);
      await tab.selectOption('#filter-district', district);
      const want = expected(need, district);
      expect(want.some((slug) => bodies.find((b) => b.slug === slug)!.district !== district)).toBe(true);
      await expect.poll(() => shownBodies(tab)).toEqual(want);
      await expect(tab.locator('[data-filter-total]')).toHaveText(String(want.length));
    });
  }

  test('says how many of a district’s bodies are its own and how many serve the whole city or country', async ({
    open,
  }) => {
    const tab = await open('/services/');
    await tab.selectOption('#filter-district', 'wujin');
    const want = expected('', 'wujin');
    const own = want.filter((slug) => bodies.find((b) => b.slug === slug)!.district === 'wujin').length;
    const areas = tab.locator('[data-filter-areas]');
    await expect(areas).toBeVisible();
    // The two parts add up to the count shown, and name the district.
    await expect(areas).toHaveText(new RegExp(`武进区的机构${own}个.*的机构${want.length - own}个`));
    // Each card says where it is or that it serves everyone.
    const labels = await tab
      .locator('[data-need-group] [data-service]:visible p.muted')
      .evaluateAll((ps) => ps.map((p) => p.textContent ?? ''));
    expect(labels.every((text) => /武进区|服务全市|服务全国/.test(text))).toBe(true);
  });

  test('says why there are more entries than bodies when a body is listed under more than one need', async ({
    open,
  }) => {
    const tab = await open('/en/services/');
    const entries = bodies.reduce((sum, b) => sum + b.needs.length, 0);
    expect(entries).toBeGreaterThan(bodies.length);
    await expect(tab.locator('[data-filter-total]')).toHaveText(String(bodies.length));
    await expect(tab.locator('[data-need-group] [data-service]')).toHaveCount(entries);
    await expect(tab.locator('[data-filter-twice]')).toContainText('more than one need');
  });

  test('a district alone counts its own bodies and everyone’s, in English too', async ({ open }) => {
    const tab = await open('/en/services/');
    await tab.selectOption('#filter-district', 'jintan');
    const want = expected('', 'jintan');
    await expect(tab.locator('[data-filter-total]')).toHaveText(String(want.length));
    expect(await shownBodies(tab)).toEqual(want);
  });
});

test.describe('finding help by the kind of IP', () => {
  const zh = useTranslations('zh');

  test('专利 in 武进区 lists every body about patents there, the district’s own patent bodies among them', async ({
    open,
  }) => {
    const tab = await open('/services/');
    await tab.selectOption('#filter-need', 'patent');
    await tab.selectOption('#filter-district', 'wujin');
    const want = expectedAbout('patent', 'wujin');
    // The reviewer's case: a Wujin body whose patent help is filed under another need than 专利信息与检索.
    const own = bodies.filter((b) => b.district === 'wujin' && want.includes(b.slug));
    expect(own.some((b) => !b.needs.includes('patent-information'))).toBe(true);
    await expect.poll(() => shownBodies(tab)).toEqual(want);
    await expect(tab.locator('[data-filter-total]')).toHaveText(String(want.length));
    // Disputes of every kind of IP are one step away: the link switches the list, keeping the district.
    const disputes = tab.locator('[data-subject-disputes]');
    await expect(disputes).toBeVisible();
    await disputes.getByRole('link', { name: zh('need.disputes') }).click();
    await expect(tab.locator('#filter-need')).toHaveValue('disputes');
    await expect.poll(() => shownBodies(tab)).toEqual(expected('disputes', 'wujin'));
  });

  test('商标 is a choice of its own, in English too', async ({ open }) => {
    const tab = await open('/en/services/#need=trademark');
    await expect.poll(() => shownBodies(tab)).toEqual(expectedAbout('trademark', ''));
  });
});

test.describe('pressing Filter', { tag: '@phone' }, () => {
  test('moves focus to the count, so the screen shows it and a screen reader reads it', async ({ open }) => {
    const tab = await open('/services/');
    await tab.selectOption('#filter-need', 'disputes');
    const count = tab.locator('[data-filter-count]');
    // A choice alone leaves focus where the reader is.
    await expect(count).not.toBeFocused();
    await tab.getByRole('button', { name: useTranslations('zh')('services.filter'), exact: true }).click();
    await expect(count).toBeFocused();
    await expect(count).toBeInViewport();
    await expect(tab.locator('[data-filter-total]')).toHaveText(
      String(bodies.filter((b) => b.needs.includes('disputes')).length),
    );
  });

  test('works the same from the keyboard, in English', async ({ open }) => {
    const tab = await open('/en/services/');
    await tab.selectOption('#filter-district', 'jintan');
    await tab.getByRole('button', { name: useTranslations('en')('services.filter'), exact: true }).press('Enter');
    await expect(tab.locator('[data-filter-count]')).toBeFocused();
  });
});

test.describe('while a filter is on', () => {
  test('the full lists by district fold away, and "show every body" brings everything back', async ({ open }) => {
    const tab = await open('/services/');
    const byDistrict = tab.locator('#by-district');
    await expect(byDistrict).toBeVisible();
    const before = await tab.evaluate(() => document.documentElement.scrollHeight);
    await tab.selectOption('#filter-need', 'patent');
    await tab.selectOption('#filter-district', 'wujin');
    await expect(byDistrict).toBeHidden();
    // The page is as long as its results, not the whole directory again underneath.
    expect(await tab.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(before / 2);
    await tab.getByRole('button', { name: useTranslations('zh')('services.showAll') }).click();
    await expect(byDistrict).toBeVisible();
    await expect(tab.locator('#filter-need')).toHaveValue('');
    await expect.poll(() => shownBodies(tab)).toEqual(bodies.map((b) => b.slug).sort());
  });

  test('without a script the page shows everything: every list by need and by district', async ({ open }) => {
    const tab = await open('/services/#need=patent&district=wujin', { javaScriptEnabled: false });
    await expect(tab.locator('#by-district')).toBeVisible();
    await expect(tab.locator('[data-service-filter]')).toBeHidden();
    expect(await shownBodies(tab)).toEqual(bodies.map((b) => b.slug).sort());
  });
});

test.describe('the header menu', { tag: '@phone' }, () => {
  test('closes with Escape and gives focus back to its button', async ({ open }) => {
    const tab = await open('/services/');
    const button = tab.locator('[data-menu-toggle]');
    await button.click();
    await expect(tab.locator('.site-nav')).toBeVisible();
    await tab.locator('.site-nav a').first().focus();
    await tab.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(tab.locator('.site-nav')).toBeHidden();
    await expect(button).toBeFocused();
  });
});

test.describe('the breadcrumb on a phone', { tag: '@phone' }, () => {
  const backMark = (tab: Page) =>
    tab
      .locator('.breadcrumbs li')
      .evaluateAll((items) =>
        items
          .filter((li) => (li as HTMLElement).offsetParent !== null)
          .map((li) => getComputedStyle(li, '::before').content),
      );

  test('points back with ‹ one and two levels down', async ({ open }) => {
    for (const path of ['/services/', '/services/hotline-12330/', '/en/services/hotline-12330/']) {
      const tab = await open(path);
      expect(await backMark(tab), path).toEqual(['"‹"']);
    }
  });
});
