// In Chromium: the page holds still and fits in 大字模式. On one page of each kind in both languages, with the
// large mode stored: no layout shift while loading; with text at 200% too: a one-line header that still holds
// the large-text button, and the page's heading on the first screen at 320 and 390 px. The plan's place bar
// stays one line and names the part being read; a clause opened by its link lands with what precedes it in
// view; the language switch keeps the clause on screen; the menu works either way and folds when the mode is
// switched. (Every page at 320 px with text at 200% and no stored mode is checked by everyPage.spec.ts.)
import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Page } from '@playwright/test';
import { expect, test, type SharedTab } from './fixtures.ts';
import { layoutShiftAfterLoad, observeLayoutShifts, VISIBLE_SHIFT } from './layoutShift.ts';
import { kindSamples } from '../support/pageKinds.ts';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';
import { GUIDES } from '../../src/lib/overseas/guides.ts';
import { LOCALES, contentLang, isGenerated, localePath, splitLocale, SOURCE_LANG } from '../../src/i18n/locales.ts';

// One page of each kind in Chinese and English; the generated edition (繁體) shares the Chinese layout, and
// every page of it is loaded at 320 px by the every-page sweep.
const ONE_OF_EACH_KIND = kindSamples();

const PHONE: BrowserContextOptions = { viewport: { width: 320, height: 800 } };

// Each check loads its page afresh in a worker's tab, so the checks are shared out between the workers.
test.describe.configure({ mode: 'parallel' });

/**
 * A tab in large-text mode (stored as an earlier visit would leave it) with the browser's own text size at 200% (Chromium's font-size setting, 32 px: unlike a root style it
 * also moves em media queries, as a reader's setting does), at the given width.
 */
async function largeTextTab(sharedTab: SharedTab, width: number) {
  const page = await sharedTab('large text', { viewport: { width, height: 844 } }, (context) =>
    context.addInitScript(() => localStorage.setItem('reading-mode', 'large')),
  );
  await page.setViewportSize({ width, height: 844 });
  const cdp = await page.context().newCDPSession(page);
  // The session stays open: the font sizes are its override, and end with it.
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  return page;
}

/** The header and the first line of the page in large mode, as the reader sees them now. */
const largeModeFirstScreen = (page: Page) =>
  page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    const name = document.querySelector('.site-header__name')!;
    const bar = getComputedStyle(document.querySelector('.site-header__bar')!);
    const h1 = document.querySelector('main h1')!;
    const barBox = box('.site-header__bar');
    const toggle = document.querySelector('.site-header__bar [data-reading-mode]')!.getBoundingClientRect();
    return {
      // The large-text button in the bar itself, not behind the menu, and a 44 px target.
      toggleInBar: toggle.height > 0 && toggle.top >= barBox.top && toggle.bottom <= barBox.bottom + 1,
      toggleSize: Math.min(toggle.width, toggle.height),
      menuSize: Math.min(box('.site-header__menu').width, box('.site-header__menu').height),
      reading: document.documentElement.dataset.reading,
      nameHeight: name.getBoundingClientRect().height,
      nameLine: parseFloat(getComputedStyle(name).lineHeight),
      bar: box('.site-header__bar').height,
      // One line's worth: the taller of the name's line and the Menu button, with the bar's padding.
      oneLine:
        Math.max(box('.site-header__menu').height, parseFloat(getComputedStyle(name).lineHeight)) +
        parseFloat(bar.paddingBlockStart) +
        parseFloat(bar.paddingBlockEnd),
      h1Top: h1.getBoundingClientRect().top,
      h1Line: parseFloat(getComputedStyle(h1).lineHeight),
      screen: innerHeight,
    };
  });

test.describe('in 大字模式 with text at double size, stored from an earlier visit', { tag: '@phone' }, () => {
  // Each page is loaded at 320 px (WCAG's reflow width) and at 390 px (a common phone), afresh at each width
  // rather than resized, as a reader's phone opens it: the header decides at load what fits in its bar.
  for (const url of ONE_OF_EACH_KIND)
    test(`${url}: a one-line header, and the page begins in the first screen at 320 and 390 px`, async ({
      sharedTab,
    }) => {
      for (const width of [320, 390]) {
        const page = await largeTextTab(sharedTab, width);
        await page.goto(url, { waitUntil: 'load' });
        const m = await largeModeFirstScreen(page);
        expect(m.reading).toBe('large');
        expect(m.nameHeight, `${width} px: the site name wraps`).toBeLessThan(m.nameLine * 1.5);
        expect(m.bar, `${width} px: the header bar takes more than one line`).toBeLessThanOrEqual(m.oneLine + 1);
        expect(m.toggleInBar, `${width} px: 大字模式 is not in the header bar`).toBe(true);
        expect(m.toggleSize, `${width} px: 大字模式 is smaller than a 44 px target`).toBeGreaterThanOrEqual(44);
        expect(m.menuSize, `${width} px: 菜单 is smaller than a 44 px target`).toBeGreaterThanOrEqual(44);
        // The first line of the page itself (its heading) is wholly on the first screen.
        expect(m.h1Top + m.h1Line, `${width} px: the heading starts below the first screen`).toBeLessThanOrEqual(
          m.screen,
        );
      }
    });
});

test.describe(
  'no layout shift while a page loads, with large text stored from an earlier visit',
  { tag: '@phone' },
  () => {
    // Without a stored mode every page is checked by the every-page sweep (everyPage.spec.ts).
    for (const url of ONE_OF_EACH_KIND)
      test(`${url} holds still`, async ({ sharedTab }) => {
        const page = await sharedTab('layout shift large', PHONE, (context) => observeLayoutShifts(context, 'large'));
        await page.goto(url, { waitUntil: 'load' });
        const { total, moved } = await layoutShiftAfterLoad(page);
        expect(await page.evaluate(() => document.documentElement.dataset.reading)).toBe('large');
        expect(total, moved.join('\n')).toBeLessThan(VISIBLE_SHIFT);
      });
  },
);

for (const width of [390, 320])
  test.describe(
    `the plan's place bar in 大字模式 with text at double size, ${width} px wide`,
    { tag: '@phone' },
    () => {
      for (const url of ['/plan/', '/en/plan/'])
        test(`${url}: one line, and no part name cut short`, async ({ sharedTab }) => {
          const page = await largeTextTab(sharedTab, width);
          await page.goto(url);
          // Halfway down the plan, where the bar shows and names the part being read.
          await page.evaluate(() => {
            const headings = [...document.querySelectorAll('.plan-part h3[id]')];
            headings[Math.floor(headings.length / 2)].scrollIntoView();
            return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null))));
          });
          const bar = await page.evaluate(() => {
            const place = document.querySelector<HTMLElement>('.plan-place')!;
            const part = place.querySelector<HTMLElement>('.plan-place__part')!;
            const link = place.querySelector<HTMLElement>('a')!;
            const style = getComputedStyle(place);
            return {
              height: place.getBoundingClientRect().height,
              // One line: the tallest link (a 44 px target, or one line of its text), the padding and the border.
              oneLine:
                Math.max(...[...place.querySelectorAll('a')].map((a) => a.getBoundingClientRect().height)) +
                parseFloat(style.paddingBlockStart) +
                parseFloat(style.paddingBlockEnd) +
                parseFloat(style.borderBlockStartWidth),
              linkLine: parseFloat(getComputedStyle(link).lineHeight),
              partText: part.querySelector('[data-current-part]')!.textContent ?? '',
              partCut: part.scrollWidth > part.clientWidth + 1,
            };
          });
          expect(bar.height).toBeLessThanOrEqual(bar.oneLine + 1);
          expect(bar.oneLine).toBeLessThan(bar.linkLine * 2.5);
          // The reader can tell where he is: the part, whole or shortened to fit, and never cut mid-label.
          expect(bar.partText.trim(), 'the bar does not say which part is being read').not.toBe('');
          expect(bar.partCut, 'the part name is cut short').toBe(false);
        });
    },
  );

test.describe("the language switch keeps the reader's place", { tag: '@phone' }, () => {
  // A measure from the middle of the plan, scrolled to by the reader (not opened by its link).
  const measures = loadPlanFiles('zh')
    .flatMap((f) => f.clauses)
    .filter((c) => c.id.startsWith('task-') && c.id.split('-').length === 4);
  const clause = measures[Math.floor(measures.length / 2)].id;

  for (const [from, to] of [
    ['/plan/', '/en/plan/'],
    ['/en/plan/', '/plan/'],
  ])
    test(`from a clause scrolled to on ${from}, opens ${to} at that clause`, async ({ open }) => {
      const page = await open(from, { viewport: { width: 390, height: 844 } });
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), clause);
      expect(new URL(page.url()).hash).toBe('');
      // The switch in the place bar at the foot of the screen: the header's is a long scroll away.
      await page.click('.plan-place [data-language-switch]');
      await page.waitForURL((url) => url.pathname === to && url.hash === `#${clause}`);
      const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, clause);
      expect(top).toBeGreaterThanOrEqual(-1); // scrolled to, give or take a sub-pixel
      expect(top).toBeLessThan(844 / 2);
      await page.context().close();
    });
});

for (const url of ['/plan/#goal-protection', '/en/plan/#goal-protection'])
  test(
    `${url} at 390 px with text at 200% and 大字模式 lands with the clause's context in view`,
    {
      tag: '@phone',
    },
    async ({ sharedTab }) => {
      const page = await largeTextTab(sharedTab, 390);
      await page.goto(url);
      const m = await page.evaluate(() => {
        const clause = document.getElementById(location.hash.slice(1))!;
        const box = clause.getBoundingClientRect();
        const column = clause.parentElement!.getBoundingClientRect();
        const outline = parseFloat(getComputedStyle(clause).outlineWidth);
        const offset = parseFloat(getComputedStyle(clause).outlineOffset);
        return {
          top: box.top,
          line: parseFloat(getComputedStyle(clause).lineHeight),
          // The highlight's outer edges, outline included.
          left: box.left - Math.max(0, outline + offset),
          right: box.right + Math.max(0, outline + offset),
          columnLeft: column.left,
          columnRight: column.right,
        };
      });
      // Below the top by at least a line: what comes before it (its heading, the sentence before) shows too.
      expect(m.top).toBeGreaterThanOrEqual(m.line);
      expect(m.top).toBeLessThan(844 / 2);
      // The highlighted box stays inside the text column.
      expect(m.left).toBeGreaterThanOrEqual(m.columnLeft - 1);
      expect(m.right).toBeLessThanOrEqual(m.columnRight + 1);
    },
  );

test.describe('the header menu on a phone', { tag: '@phone' }, () => {
  test('opens the navigation with its button, which says whether it is open', async ({ open }) => {
    const page = await open('/', PHONE);
    const nav = page.locator('.site-nav');
    expect(await nav.isVisible()).toBe(false);
    await page.click('[data-menu-toggle]');
    expect(await page.locator('[data-menu-toggle]').getAttribute('aria-expanded')).toBe('true');
    expect(await nav.isVisible()).toBe(true);
    await page.context().close();
  });

  test('folds when the reader switches 大字模式 in it, leaving focus on the button', async ({ open }) => {
    const page = await open('/', PHONE);
    await page.click('[data-menu-toggle]');
    await page.click('[data-reading-mode]');
    expect(await page.locator('[data-menu-toggle]').getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('[data-reading-mode]'))).toBe(true);
    expect(await page.locator('html').getAttribute('data-reading')).toBe('large');
    await page.context().close();
  });

  test('shows the navigation and no dead buttons without JavaScript', async ({ open }) => {
    const page = await open('/en/', { ...PHONE, javaScriptEnabled: false });
    expect(await page.locator('.site-nav').isVisible()).toBe(true);
    expect(await page.locator('[data-menu-toggle]').isVisible()).toBe(false);
    expect(await page.locator('[data-reading-mode]').isVisible()).toBe(false);
    await page.context().close();
  });
});

test.describe('finding your place on /plan/ on a phone', { tag: '@phone' }, () => {
  test('offers the contents and the part being read from the middle of the plan', async ({ open }) => {
    const page = await open('/plan/', { viewport: { width: 390, height: 844 } });
    // The last part whose heading is followed by text, so no subheading takes over the reading line.
    const part = page.locator('.plan-part h2[id]:not(:has(+ :is(h3, h4)))').last();
    await part.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const partText = (await part.evaluate((el) => el.firstChild?.textContent ?? '')).trim();
    await page.waitForFunction(
      (text) => document.querySelector('[data-current-part]')?.textContent?.includes(text),
      partText,
    );
    await page.click('.plan-place__contents');
    const contentsTop = await page.evaluate(
      () => document.getElementById('contents-heading')!.getBoundingClientRect().top,
    );
    expect(Math.abs(contentsTop)).toBeLessThan(5);
    await page.context().close();
  });
});

// /targets/ on a phone opened with a long grey box before the first target (a designer's review): the overview
// keeps its counts and links; what they mean follows the lists, so the first target's name is on the first screen.
test.describe('the targets list on a phone', { tag: '@phone' }, () => {
  for (const url of ['/targets/', '/en/targets/'])
    test(`${url}: the first target's name is on the first screen`, async ({ sharedTab }) => {
      const page = await sharedTab('layout phone 100%', { viewport: { width: 390, height: 844 } });
      await page.goto(url);
      const name = page.locator('li.target-card h3').first();
      await expect(name).toBeInViewport({ ratio: 1 });
    });
});

// What a reader came for is in the first screens with large text (issue 27, third review): a guide's own words
// before a long disclaimer, the home page's ways in before the story of the plan, the urgent box of the
// overseas guide before its contents, and every target's value and deadline reachable in place on /targets/.
test.describe('content first with text at double size and 大字模式', { tag: '@phone' }, () => {
  for (const guide of GUIDES)
    for (const url of [guide.path, localePath('en', guide.path)])
      test(`${url}: the not-legal-advice line is short and the guide's first words begin on the first screen at 320 px`, async ({
        sharedTab,
      }) => {
        const page = await largeTextTab(sharedTab, 320);
        await page.goto(url);
        const m = await page.evaluate(() => {
          const notice = document.querySelector('main [data-legal-notice]')!;
          const first = [...notice.parentElement!.children].find(
            (el) => el.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_PRECEDING && el.matches('p, ol, ul'),
          )!;
          return {
            // Where its first line begins (a long English title at 320 px may leave only its start in view).
            first: first.getBoundingClientRect().top,
            notice: notice.getBoundingClientRect().height,
            screen: innerHeight,
          };
        });
        expect(m.first, 'the guide begins below the first screen').toBeLessThan(m.screen);
        expect(m.notice, 'the notice takes a third of the screen').toBeLessThan(m.screen / 3);
      });

  // A generated edition (繁體) says on every page that it was converted from the source, above the page's title:
  // one quiet line, so the title and the page's first words still open the first screen (the full sentence, a
  // box above the title, filled it at 320 px).
  const GENERATED = LOCALES.filter(isGenerated);
  const generatedSamples = ONE_OF_EACH_KIND.filter(
    (url) => url.endsWith('/') && splitLocale(url).lang === SOURCE_LANG,
  ).flatMap((url) => GENERATED.map((lang) => localePath(lang, splitLocale(url).path)));
  for (const url of generatedSamples)
    test(`${url}: the conversion notice is one line, and the heading and first content line begin on the first screen at 320 px`, async ({
      sharedTab,
    }) => {
      const page = await largeTextTab(sharedTab, 320);
      await page.goto(url);
      const m = await page.evaluate(() => {
        const notice = document.querySelector('main .generated-notice')!;
        const summary = notice.querySelector('summary')!;
        const h1 = document.querySelector('main h1')!;
        // The first words after the heading: the first paragraph or list item that follows it and shows text.
        const first = [...document.querySelectorAll('main p, main li, main dt, main td')].find(
          (el) =>
            h1.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING &&
            el.getBoundingClientRect().height > 0 &&
            el.textContent!.trim(),
        )!;
        return {
          notice: notice.getBoundingClientRect().height,
          summaryLine: parseFloat(getComputedStyle(summary).lineHeight),
          summaryPadding: parseFloat(getComputedStyle(summary).paddingBlockStart) * 2,
          h1Bottom: h1.getBoundingClientRect().bottom,
          first: first.getBoundingClientRect().top + parseFloat(getComputedStyle(first).lineHeight),
          screen: innerHeight,
        };
      });
      expect(m.notice, 'the notice is more than one line').toBeLessThanOrEqual(
        Math.max(44, m.summaryLine + m.summaryPadding) + 1,
      );
      expect(m.h1Bottom, 'the heading ends below the first screen').toBeLessThanOrEqual(m.screen);
      expect(m.first, 'the first content line is below the first screen').toBeLessThanOrEqual(m.screen);
    });

  test('the not-legal-advice line opens in place by keyboard, and prints whole', async ({ sharedTab }) => {
    const page = await largeTextTab(sharedTab, 320);
    await page.goto('/infringement/');
    const full = page.locator('main [data-legal-notice] p');
    await expect(full).toBeHidden();
    await page.locator('main [data-legal-notice] summary').focus();
    await page.keyboard.press('Enter');
    await expect(full).toBeVisible();
    await page.keyboard.press('Enter');
    await page.emulateMedia({ media: 'print' });
    await expect(full).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  });

  for (const url of ['/infringement/', '/en/infringement/'])
    test(`${url}: the hotline 12330 is tap-to-call`, async ({ sharedTab }) => {
      const page = await largeTextTab(sharedTab, 390);
      await page.goto(url);
      await expect(page.locator('main a[href="tel:12330"]').first()).toBeVisible();
    });

  for (const url of ['/infringement/', '/en/infringement/'])
    test(`${url}: a number inside a sentence is a plain link on the line, a call button stands alone and prints as words`, async ({
      sharedTab,
    }) => {
      const page = await largeTextTab(sharedTab, 390);
      await page.goto(url);
      // The opening sentence's 12330 broke its line as a big green block (resident review 12).
      const inline = page.locator('main article p a[href="tel:12330"]:not(.call-button)').first();
      await expect(inline).toBeVisible();
      const [lineHeight, height, background] = await inline.evaluate((a) => {
        const style = getComputedStyle(a.parentElement!);
        return [parseFloat(style.lineHeight), a.getBoundingClientRect().height, getComputedStyle(a).backgroundColor];
      });
      expect(height).toBeLessThanOrEqual(lineHeight);
      expect(background).toBe('rgba(0, 0, 0, 0)');
      const button = page.locator('main .call-buttons a.call-button[href="tel:12330"]');
      expect(await button.evaluate((a) => getComputedStyle(a).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
      // The button reads as its Markdown says, the space before the number kept ("Call12330" as a flex box).
      const written = readFileSync(`content/pages/${contentLang(splitLocale(url).lang)}/infringement.md`, 'utf8');
      expect(written).toContain(`[${(await button.innerText()).trim()}](tel:12330)`);
      // On paper: the words in the text's own ink, no green block, and the two calls kept on one sheet.
      await page.emulateMedia({ media: 'print' });
      const printed = await button.evaluate((a) => {
        const style = getComputedStyle(a);
        return [style.backgroundColor, getComputedStyle(a.closest('.call-buttons')!).breakInside];
      });
      expect(printed).toEqual(['rgba(0, 0, 0, 0)', 'avoid']);
      await page.emulateMedia({ media: 'screen' });
    });

  for (const url of ['/infringement/', '/en/infringement/'])
    test(`${url}: who can help, with 12330 and 12345 as buttons, comes before the steps, in the page’s first sixth at 390 px`, async ({
      sharedTab,
    }) => {
      const page = await largeTextTab(sharedTab, 390);
      await page.goto(url);
      // An older reader found it 7.5 screens down, after a screen on the Paris Convention (resident review 13).
      // Now in the page's first sixth in every language (it was at a quarter, after the steps); the steps follow.
      const [help, steps, height] = await page.evaluate(() => [
        document.getElementById('who-can-help')!.getBoundingClientRect().top,
        document.getElementById('what-you-can-do')!.getBoundingClientRect().top,
        document.documentElement.scrollHeight,
      ]);
      expect(help).toBeLessThan(steps);
      expect(help).toBeLessThan(height / 6);
      for (const number of ['12330', '12345'])
        await expect(page.locator(`#who-can-help ~ .call-buttons a.call-button[href="tel:${number}"]`)).toBeVisible();
    });

  for (const url of ['/', '/en/'])
    test(`${url}: the ways in start within two and a half screens at 390 px, led by the edition's likeliest readers' card`, async ({
      sharedTab,
    }) => {
      const page = await largeTextTab(sharedTab, 390);
      await page.goto(url);
      const top = await page.evaluate(() => document.getElementById('ways-in-heading')!.getBoundingClientRect().top);
      // Two screens until the status line under the purpose ("The plan's period ended in June 2025. What this
      // means for you", issue 27, ninth review): four more lines of English at this size, worth having first.
      expect(top).toBeLessThan(2.5 * 844);
      // Residents' first need in Chinese (finding help); a foreign company's guide in a translation.
      const lead = url === '/' ? localePath(SOURCE_LANG, '/services/') : localePath('en', '/foreign-companies/');
      await expect(page.locator(`.ways-in > li:first-child a[href="${lead}"]`)).toBeVisible();
    });

  for (const url of ['/', '/en/'])
    test(`${url}: the menu offers search, which the page's own box below the ways in does not replace`, async ({
      sharedTab,
    }) => {
      const page = await largeTextTab(sharedTab, 390);
      await page.goto(url);
      await page.click('[data-menu-toggle]');
      const search = localePath(url === '/' ? SOURCE_LANG : 'en', '/search/');
      await expect(page.locator(`#site-panel a[href="${search}"]`)).toBeVisible();
    });

  for (const url of ['/disputes-abroad/', '/en/disputes-abroad/'])
    test(`${url}: the 72-hour box comes straight after the opening words, before the contents list`, async ({
      sharedTab,
    }) => {
      const page = await largeTextTab(sharedTab, 390);
      await page.goto(url);
      const m = await page.evaluate(() => {
        const urgent = document.getElementById('first-72-hours')!.closest('.notice')!;
        const contents = document.querySelector('.page-contents')!;
        return {
          before: !!(urgent.compareDocumentPosition(contents) & Node.DOCUMENT_POSITION_FOLLOWING),
          // Only the guide's opening paragraph between the page's notice line and the urgent box.
          after: urgent.previousElementSibling?.previousElementSibling?.matches('[data-legal-notice]'),
        };
      });
      expect(m.before, 'the contents list comes first').toBe(true);
      expect(m.after, 'more than the opening paragraph comes before the urgent box').toBe(true);
    });

  for (const url of ['/targets/', '/en/targets/'])
    test(`${url}: each folded card opens in place to its target and deadline, by keyboard too`, async ({
      sharedTab,
    }) => {
      const page = await largeTextTab(sharedTab, 390);
      await page.goto(url);
      const cards = page.locator('li.target-card');
      // Every card has its own way to open: as many disclosures as cards (the targets in content/targets/).
      await expect(page.locator('li.target-card [data-target-more] > summary')).toHaveCount(await cards.count());
      const card = cards.first();
      const facts = card.locator('dl');
      await expect(facts).toBeHidden();
      const summary = card.locator('summary');
      const box = (await summary.boundingBox())!;
      expect(box.height, 'the summary is smaller than a 44 px target').toBeGreaterThanOrEqual(44);
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(facts).toBeVisible();
      expect(await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open)).toBe(true);
      // Folded again, the card takes no room for its particulars: shorter than it is open.
      const open = await card.evaluate((c) => c.getBoundingClientRect().height);
      await page.keyboard.press('Enter');
      await expect(facts).toBeHidden();
      expect(await card.evaluate((c) => c.getBoundingClientRect().height)).toBeLessThan(open);
    });
});
