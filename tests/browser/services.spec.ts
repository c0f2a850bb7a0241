// The services directory in Chromium: the filter by need, and every entry without JavaScript (the district filter
// is in servicesFilter.spec.ts).
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

test.describe('services in Chromium', () => {
  const visibleCards = (tab: Page) =>
    tab
      .locator('[data-need-group] [data-needs]')
      .evaluateAll((cards) => cards.filter((c) => (c as HTMLElement).offsetParent !== null).length);

  test('filters the directory by need', async ({ open }) => {
    const tab = await open('/services/');
    const all = await visibleCards(tab);
    await tab.selectOption('#filter-need', 'overseas');
    const groups = await tab
      .locator('[data-need-group]:not([hidden])')
      .evaluateAll((g) => g.map((x) => (x as HTMLElement).dataset.needGroup));
    expect(groups).toEqual(['overseas']);
    const shown = await visibleCards(tab);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    expect(tab.url()).toContain('#need=overseas');
    await tab.context().close();
  });

  test('counts each body once before any filter: as many as there are service files', async ({ open }) => {
    const tab = await open('/services/');
    const slugs = readdirSync('content/services/zh').filter((f) => f.endsWith('.md'));
    await expect.poll(() => tab.locator('[data-filter-total]').textContent()).toBe(String(slugs.length));
  });

  test('shows every entry with JavaScript disabled', async ({ open }) => {
    const tab = await open('/services/', { javaScriptEnabled: false });
    const total = await tab.locator('[data-need-group] [data-needs]').count();
    expect(await visibleCards(tab)).toBe(total);
    expect(await tab.locator('[data-service-filter]').isVisible()).toBe(false);
    await tab.context().close();
  });
});
