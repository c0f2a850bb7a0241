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

// The "find by need" links on /services/ (readers' review: at 390 px a count wrapped alone, after a stray space,
// and wrapped links fell back under the group's name). Each count stays on the line where its need's name ends,
// unless the last word and the count together are wider than the list; every line of links starts at the
// list's edge, and the lists of all groups share one edge.
test.describe('the need links wrap cleanly', () => {
  for (const path of ['/services/', '/en/services/'])
    for (const [width, text] of [
      [1280, '100%'],
      [390, '100%'],
      [390, '200%'],
      [320, '100%'],
      [320, '200%'],
    ] as const)
      test(`${path} at ${width} px with text at ${text}`, async ({ sharedTab }) => {
        const tab = await sharedTab(`services needs ${width}`, { viewport: { width, height: 900 } });
        await tab.goto(path);
        await tab.evaluate((size) => (document.documentElement.style.fontSize = size), text); // gone with the next page
        const layout = await tab.evaluate(() => {
          const lists = [...document.querySelectorAll('.jump-links__needs')];
          const apart: string[] = [];
          const ragged: string[] = [];
          for (const list of lists) {
            const edge = list.getBoundingClientRect();
            let lineTop = -Infinity;
            for (const item of list.querySelectorAll('li')) {
              const rects = [...item.getClientRects()];
              const top = rects[0].top;
              // An item that starts a line starts at the list's edge.
              if (top > lineTop + 1 && Math.abs(rects[0].left - edge.left) > 1) ragged.push(item.textContent!);
              lineTop = top;
              const word = [...item.querySelector('.need-word')!.getClientRects()].at(-1)!;
              const count = item.querySelector('.need-count')!.getBoundingClientRect();
              const fits = word.width + count.width <= edge.width;
              if (fits && Math.abs(count.top - word.top) > 1) apart.push(item.textContent!);
            }
          }
          return {
            lists: lists.length,
            edges: new Set(lists.map((list) => Math.round(list.getBoundingClientRect().left))).size,
            apart,
            ragged,
            overflow: document.documentElement.scrollWidth - window.innerWidth,
          };
        });
        expect(layout.lists).toBeGreaterThan(1);
        expect(layout.apart, 'a count apart from its need').toEqual([]);
        expect(layout.ragged, 'a line of links not at the list’s edge').toEqual([]);
        expect(layout.edges, 'the groups’ lists start at different edges').toBe(1);
        expect(layout.overflow).toBeLessThanOrEqual(0);
      });
});

// "Contact details to be added" is one quiet line, but in the body text's colour: in grey, older readers missed it
// (readers' review). On a body's page and on its card in the directory, in both reading modes.
test.describe('“contact details to be added” reads as body text', () => {
  for (const prefix of ['', '/en'])
    test(`${prefix || '/'}: on the card and on the page, in the body text's colour`, async ({ open }) => {
      const tab = await open(`${prefix}/services/`);
      const card = tab.locator('[data-has-contact="false"]:not([data-standing="proposed"])').first();
      const slug = await card.getAttribute('data-service');
      expect(slug).not.toBeNull();
      const colours = (selector: string) =>
        tab.evaluate((selector) => {
          const colour = (el: Element | null) => (el ? getComputedStyle(el).color : 'missing');
          return { line: colour(document.querySelector(selector)), body: colour(document.querySelector('main p')) };
        }, selector);
      for (const large of [false, true]) {
        await tab.evaluate((on) => {
          if (on) document.documentElement.dataset.reading = 'large';
          else delete document.documentElement.dataset.reading;
        }, large);
        const onCard = await colours(`[data-service="${slug}"] .contact-state`);
        expect(onCard.line, `card, large: ${large}`).toBe(onCard.body);
      }
      await tab.goto(`${prefix}/services/${slug}/`);
      const onPage = await colours('[data-contact-missing]');
      expect(onPage.line).toBe(onPage.body);
    });
});

// On paper a body's page ends with its text (readers' review: the 繁體 trademark window's third sheet held only the
// dates line). Its dates print in the print header instead, and neither the way back to the list nor the empty
// history after the last margin prints, on every body's page in every language.
test('every body’s page ends on paper with its text, its dates in the print header', async ({ sharedTab }) => {
  test.setTimeout(300_000);
  const tab = await sharedTab('services on paper');
  const slugs = readdirSync('content/services/zh').map((f) => f.replace(/\.md$/, ''));
  const tails: string[] = [];
  for (const prefix of ['', '/zh-hant', '/en'])
    for (const slug of slugs) {
      const path = `${prefix}/services/${slug}/`;
      await tab.goto(path);
      await tab.emulateMedia({ media: 'print' });
      const paper = await tab.evaluate(() => {
        const shown = (el: Element | null) => Boolean(el && (el as HTMLElement).offsetParent !== null);
        const main = document.querySelector('main')!;
        const blocks = ['block', 'list-item', 'flex', 'grid', 'table'];
        const last = [...main.querySelectorAll('*')]
          .filter((el) => shown(el) && blocks.includes(getComputedStyle(el).display))
          .at(-1)!;
        return {
          dates: shown(document.querySelector('[data-print-header] [data-print-dates]')),
          history: shown(document.querySelector('.page-history')),
          back: shown(main.querySelector('a[href$="/services/"]')),
          // Nothing after the text's last line: no room that could start a sheet of its own.
          after: main.getBoundingClientRect().bottom - last.getBoundingClientRect().bottom,
        };
      });
      if (!paper.dates || paper.history || paper.back || paper.after > 1)
        tails.push(`${path} ${JSON.stringify(paper)}`);
    }
  await tab.emulateMedia({ media: 'screen' });
  expect(tails).toEqual([]);
});
