// The site's boxes, as a reader sees them in Chromium: one card on every page (the home page's ways in and
// goals, the targets, the services, the way to the filing planner, the plan's clauses among search results),
// and two kinds of boxed note, each with one meaning: the orange notice for what changes what the reader does,
// the grey inset for an aside (docs/components.md, "Notice or inset?"). A designer found four card styles and
// five callout styles, so a colour meant nothing.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { localePath, SOURCE_LANG } from '../../src/i18n/locales.ts';

test.describe.configure({ mode: 'parallel' });

/** How a box looks: its edges (width, style, colour), fill and padding, and its name's size against its text. */
const looks = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const edge = (style: CSSStyleDeclaration, side: string) =>
      ['width', 'style', 'color'].map((part) => style.getPropertyValue(`border-${side}-${part}`)).join(' ');
    return [...document.querySelectorAll<HTMLElement>(selector)].map((box) => {
      const style = getComputedStyle(box);
      const name = box.querySelector(':scope > h3');
      return {
        top: edge(style, 'top'),
        start: edge(style, 'left'),
        end: edge(style, 'right'),
        fill: style.backgroundColor,
        padding: style.paddingLeft,
        // The name's size for the size of the text in the box: the same ratio whatever the page's text size.
        name: name && (parseFloat(getComputedStyle(name).fontSize) / parseFloat(style.fontSize)).toFixed(2),
      };
    });
  }, selector);

/** A design token's colour as the browser computes it (rgb(…)), for comparing with computed styles. */
const tokenColour = (page: Page, token: string) =>
  page.evaluate((token) => {
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.setProperty('color', `var(${token})`);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, token);

const CARDS: Array<[string, string]> = [
  ['/', '.ways-in > li'],
  ['/', 'section[aria-labelledby="goals-heading"] li'],
  ['/targets/', 'li.target-card'],
  ['/services/', 'li.service-card'],
  ['/overseas/', '[data-planner-link]'],
  // A tool takes the card's box: the route chooser in the guide, the planner on its own page.
  ['/overseas/', 'section:has(> #chooser-heading)'],
  ['/overseas/planner/', 'section:has(> #planner-heading)'],
];

for (const lang of [SOURCE_LANG, 'en'] as const)
  test(`${localePath(lang, '/')}: every card on the site has the same edges, accent, padding and name size`, async ({
    sharedTab,
  }) => {
    const page = await sharedTab('boxes');
    const seen = new Map<string, string>();
    for (const [path, selector] of CARDS) {
      await page.goto(localePath(lang, path));
      const boxes = await looks(page, selector);
      expect(boxes.length, `${path}: no ${selector}`).toBeGreaterThan(0);
      for (const box of boxes) seen.set(JSON.stringify({ ...box, name: box.name ?? undefined }), `${path} ${selector}`);
    }
    // The plan's clauses among search results are a card too (written by the search script).
    await page.goto(`${localePath(lang, '/search/')}?q=${encodeURIComponent(lang === 'en' ? 'trademark' : '商标')}`);
    await page.locator('[data-search-plan-group]').first().waitFor();
    for (const box of await looks(page, '[data-search-plan-group]'))
      seen.set(JSON.stringify({ ...box, name: undefined }), 'search plan group');
    // One look, the name aside (the search group's own heading is an h2 over its results' h3s).
    const withoutName = new Set([...seen.keys()].map((key) => JSON.stringify({ ...JSON.parse(key), name: 0 })));
    expect([...withoutName], [...seen.values()].join(', ')).toHaveLength(1);
    const names = new Set([...seen.keys()].map((key) => JSON.parse(key).name).filter(Boolean));
    expect([...names], 'card names of more than one size').toHaveLength(1);
    const [card] = [...withoutName].map((key) => JSON.parse(key));
    // The accent: a thicker top edge in the brand colour than the sides, which are grey; no dashed edges.
    expect(card.top).toMatch(/^4px solid /);
    expect(card.top).toContain(await tokenColour(page, '--color-brand'));
    expect(card.start).toBe(`1px solid ${await tokenColour(page, '--color-border')}`);
  });

/** The notes the brief named, the family each belongs to, and the page that shows it. */
const NOTES: Array<[string, string, 'notice' | 'inset']> = [
  ['/plan/', '#validity', 'notice'],
  ['/disputes-abroad/', '.notice:has(#first-72-hours)', 'notice'],
  ['/plan/', '#notice', 'inset'],
  ['/services/protection-centre/', '[data-way-forward]', 'inset'],
  ['/services/protection-centre/', '[data-guides-for]', 'inset'],
  ['/targets/madrid-registrations/', '[data-target-empty]', 'inset'],
  ['/progress/', '.data-chart__note', 'inset'],
];

test('a boxed note is an orange notice (filled) or a grey inset (no fill), whichever it means', async ({
  sharedTab,
}) => {
  const page = await sharedTab('boxes');
  await page.goto('/');
  const notice = `5px solid ${await tokenColour(page, '--color-notice-border')}`;
  const inset = `5px solid ${await tokenColour(page, '--color-border')}`;
  const noticeFill = await tokenColour(page, '--color-notice-bg');
  for (const [path, selector, family] of NOTES) {
    await page.goto(path);
    const [box] = await looks(page, selector);
    expect(box, `${path}: no ${selector}`).toBeDefined();
    expect(box.start, `${path} ${selector}: its edge`).toBe(family === 'notice' ? notice : inset);
    expect(box.fill, `${path} ${selector}: its fill`).toBe(family === 'notice' ? noticeFill : 'rgba(0, 0, 0, 0)');
    // No other edge: not a dashed box, not a rule above it.
    expect(box.top, `${path} ${selector}: an edge above`).toMatch(/^0px /);
  }
});

test('in forced colours the notice is a box and the inset an edge, so the two still differ', async ({ open }) => {
  const page = await open('/plan/');
  await page.emulateMedia({ forcedColors: 'active' });
  const [notice] = await looks(page, '#validity');
  const [inset] = await looks(page, '#notice');
  expect(notice.top).toMatch(/^1px solid/);
  expect(notice.end).toMatch(/^1px solid/);
  expect(inset.top).toMatch(/^0px /);
  expect(inset.start).toMatch(/^5px solid/);
});
