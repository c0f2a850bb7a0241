// What paper shows, in Chromium with print media emulated: the planner's "Print the checklist" prints the
// checklist alone, ending with who can help (Ctrl+P still prints the whole page), a guide's "print the key points"
// prints them on one sheet, and links in content to the site's pages print their
// path (dist/ is built without SITE_URL; the full address: tests/base/printLinks.test.ts). The compare page's
// two texts look equally primary, and one of its parts, or one section of a part, prints alone. Screen-only controls never reach paper;
// the checklist restates its answers.
import { existsSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { CONTENT_LANGS, LOCALES, SOURCE_LANG, localePath } from '../../src/i18n/locales.ts';
import { GUIDES } from '../../src/lib/overseas/guides.ts';

/** Replaces the print dialog with a counter, so the test can look at the page as it would be printed. */
async function catchPrint(tab: Page): Promise<void> {
  await tab.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
}

for (const path of ['/overseas/planner/', '/en/overseas/planner/']) {
  test(`${path}: "Print the checklist" prints the checklist, ending with who can help, not the whole page`, async ({
    open,
  }) => {
    const tab = await open(path);
    await tab.fill('#priority-date', '2026-01-05');
    await tab.selectOption('#right-kind', 'trademark');
    await tab.click('[data-filing-planner] button[type="submit"]');
    const checklist = tab.locator('[data-planner-result]');
    await checklist.waitFor();
    await catchPrint(tab);
    await tab.click('[data-planner-print]');
    expect(await tab.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await tab.emulateMedia({ media: 'print' });
    await expect(tab.locator('[data-planner-steps] > li').first()).toBeVisible();
    await expect(tab.locator('main h1')).toBeHidden();
    await expect(tab.locator('#planner-context')).toBeHidden();
    // What every printout keeps: the site's name, the unofficial-site notice (when set), address and date.
    await expect(tab.locator('[data-print-header]')).toBeVisible();
    // The checklist ends with the bodies that help file abroad, each printing the address of its page.
    const help = tab.locator('[data-planner-help]');
    await expect(help).toBeVisible();
    const bottom = async (selector: string) => {
      const box = (await tab.locator(selector).boundingBox())!;
      return box.y + box.height;
    };
    expect(await bottom('[data-planner-help]')).toBeGreaterThan(await bottom('[data-planner-steps]'));
    const bodies = help.locator('[data-help-body] > a[data-print-address]');
    expect(await bodies.count()).toBeGreaterThan(0);
    for (const body of await bodies.all())
      expect(await body.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(
        `" (${await body.getAttribute('href')})"`,
      );

    // After printing, the page is whole again: Ctrl+P prints the entire page.
    await tab.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect(tab.locator('main h1')).toBeVisible();
    await expect(tab.locator('#planner-context')).toBeVisible();
  });
}

for (const path of ['/overseas/', '/en/overseas/'])
  test(`${path}: a link to a page of the site prints where it leads, navigation prints nothing`, async ({ open }) => {
    const tab = await open(path);
    await tab.emulateMedia({ media: 'print' });
    const after = (selector: string) =>
      tab.evaluate(
        (s) =>
          [...document.querySelectorAll<HTMLAnchorElement>(s)].map((a) => ({
            href: a.getAttribute('href')!,
            after: getComputedStyle(a, '::after').content,
          })),
        selector,
      );
    // dist/ has no SITE_URL: the path on the site.
    const content = await after('main a[data-print-address]');
    expect(content.length).toBeGreaterThan(0);
    for (const link of content) expect(link.after).toBe(`" (${link.href})"`);
    const clauses = await after('main p a:has(> .print-ref)');
    expect(clauses.length).toBeGreaterThan(0);
    // A link into the plan: its whole address, the clause's anchor included, so it opens at the clause.
    for (const link of clauses) expect(link.after).toBe(`" (${link.href})"`);
    const chrome = await after('header a, footer a, nav a');
    expect(chrome.filter((link) => link.after !== 'none')).toEqual([]);
  });

test('/en/plan/compare/: the prevailing Chinese text is in the same colour as the English', async ({ open }) => {
  const tab = await open('/en/plan/compare/');
  const colours = await tab.evaluate(() => {
    const colour = (lang: string) =>
      getComputedStyle(document.querySelector(`.compare-row:not(.compare-head) .compare-cell:lang(${lang}) p`)!).color;
    return { zh: colour('zh'), en: colour('en') };
  });
  expect(colours.zh).toBe(colours.en);
});

// At 1280 px (half-width columns) and, in the phone project, at 390 px, where lines are shortest.
for (const title of [
  'no line of Chinese text starts with a closing mark',
  'no line of Chinese text starts with a closing mark @phone',
])
  test(title, async ({ open }) => {
    const tab = await open('/en/plan/compare/');
    // Each closing mark in the Chinese column ("2035年）》"): it must share a line with the character before it.
    const { checked, split } = await tab.evaluate(() => {
      const closing = /[）》」』】〕，。、；：！？]/;
      let checked = 0;
      const split: string[] = [];
      for (const cell of document.querySelectorAll('.compare-cell:lang(zh)')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        let previous: { char: string; top: number } | undefined;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.textContent!.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect || rect.width === 0) continue;
            const char = node.textContent![i];
            if (closing.test(char) && previous) {
              checked++;
              if (rect.top > previous.top + 2) split.push(`${previous.char}|${char}`);
            }
            previous = { char, top: rect.top };
          }
        }
      }
      return { checked, split };
    });
    expect(checked, 'closing marks in the Chinese text').toBeGreaterThan(0);
    expect(split).toEqual([]);
  });

/** WCAG's contrast ratio of an rgb() colour against white paper. */
function contrastOnWhite(colour: string): number {
  const [r, g, b] = colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((c) => {
      const v = Number(c) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

// A journalist: "a printed quote can't be pinned to a paragraph". On paper each paragraph of the plan starts with
// its place, the name its "复制链接 / Copy link" carries (四（二）3第1段), small and grey but legible; on screen the
// link carries it and nothing is added.
for (const path of LOCALES.map((lang) => localePath(lang, '/plan/')))
  test(`${path}: a printed paragraph starts with its place in the plan`, async ({ open }) => {
    const tab = await open(path);
    const before = (p: Locator) =>
      p.evaluate((el) => {
        const style = getComputedStyle(el, '::before');
        return { content: style.content, size: parseFloat(style.fontSize), colour: style.color };
      });
    const paragraphs = tab.locator('main p.clause');
    const measure = tab.locator('main p.clause--measure').last();
    expect((await before(measure)).content).toBe('none');

    await tab.emulateMedia({ media: 'print' });
    const named = (await measure.locator('.clause-link .visually-hidden').textContent())!.trim();
    const printed = await before(measure);
    expect(printed.content).toBe(`"${named}"`);
    expect(printed.size).toBeGreaterThanOrEqual(10);
    expect(contrastOnWhite(printed.colour)).toBeGreaterThanOrEqual(4.5);
    // Every paragraph prints its place, not only the measures.
    for (const p of await paragraphs.all())
      expect((await before(p)).content, (await p.getAttribute('id')) ?? '').toMatch(/^".+"$/);
    const box = (await measure.boundingBox())!;
    const start = await measure.evaluate((el) => {
      const range = document.createRange();
      range.setStart(el.firstChild!, 0);
      range.setEnd(el.firstChild!, 1);
      return range.getClientRects()[0].left;
    });
    // The paragraph's own first character follows the place on the same line.
    expect(start).toBeGreaterThan(box.x + printed.size * 2);
  });

// Paper has no use for a control: the print stylesheet hides them on every page with one rule.
for (const path of ['/en/targets/', '/targets/'])
  test(`${path}<a target>: prints no dead control (download, corrections, page history, button)`, async ({ open }) => {
    const list = await open(path);
    // The first target card (the cross-border list above the cards links targets without a chart).
    const target = await list.locator('main .target-card a[href*="/targets/"]').first().getAttribute('href');
    const tab = await open(target!);
    await tab.emulateMedia({ media: 'print' });
    const visible = await tab.evaluate(
      () =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'main button, main a[download], main .data-chart__download, main .page-history summary, main a[href$="#corrections"]',
          ),
        ].filter((el) => el.getClientRects().length > 0).length,
    );
    expect(visible).toBe(0);
    // What a paper reader can use stays: the chart's table and the page's dates.
    await expect(tab.locator('main table').first()).toBeVisible();
  });

for (const path of ['/plan/compare/', '/en/plan/compare/'])
  test(`${path}: "print this part" prints one part side by side, with the document named and the columns headed`, async ({
    open,
  }) => {
    const tab = await open(path);
    await catchPrint(tab);
    // A whole part's button names one id (a section's names its part's heading row too).
    const buttons = tab.locator('button[data-print-part-of]:not([data-print-part-of*=" "])');
    const last = buttons.last();
    const partId = await last.getAttribute('data-print-part-of');
    await last.click();
    expect(await tab.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await tab.emulateMedia({ media: 'print' });
    await expect(tab.locator(`#${partId} .compare-row--part`)).toBeVisible();
    await expect(tab.locator('#title')).toBeHidden();
    await expect(tab.locator('#notice')).toBeHidden();
    await expect(tab.locator('.compare-document')).toBeVisible();
    await expect(tab.locator('.compare-head')).toBeVisible();
    await expect(tab.locator('[data-print-header]')).toBeVisible();
    // The part shows the English translation, so it says that it is unofficial, in either interface.
    await expect(tab.locator('[data-print-header] [data-print-translation]')).toBeVisible();
    await tab.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect(tab.locator('#title')).toBeVisible();
  });

// A compliance officer printed part 四 side by side: 37 sheets, the column headings on the first alone. In compact
// type it takes about half, and every sheet starts with the headings: Chromium repeats a header group that may not
// break (checked by hand in the PDF's text, where they appear once a sheet; the PDF here is compressed).
for (const path of ['/plan/compare/', '/en/plan/compare/'])
  test(`${path}: a long part prints compactly, with the column headings on every sheet`, async ({ open }) => {
    const tab = await open(path);
    const heads = await tab.locator('.compare-head p').allInnerTexts();
    const longest = await tab
      .locator('.compare-part')
      .evaluateAll((parts) => parts.toSorted((a, b) => b.textContent!.length - a.textContent!.length)[0].id);
    await tab.evaluate((id) => {
      document.getElementById(id)!.setAttribute('data-print-part', '');
      document.documentElement.classList.add('print-part');
    }, longest);
    await tab.emulateMedia({ media: 'print' });
    const body = await tab
      .locator(`#${longest} .compare-row--measure .compare-cell p`)
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    // 9.6 pt: compact, yet larger than the one-page summary's 8.5 pt.
    expect(body).toBeGreaterThanOrEqual(12);
    expect(body).toBeLessThan(14);
    const pdf = await tab.pdf({ format: 'A4', preferCSSPageSize: true });
    const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
    expect(sheets).toBeGreaterThan(1);
    const group = await tab.evaluate(() => {
      const style = getComputedStyle(document.querySelector('.compare-head-group')!);
      return { display: style.display, breakInside: style.breakInside };
    });
    expect(group).toEqual({ display: 'table-header-group', breakInside: 'avoid' });
    expect(heads.length).toBe(2);
  });

for (const [path, lang] of [
  ['/overseas/planner/', 'zh'],
  ['/en/overseas/planner/', 'en'],
] as const)
  test(`${path}: the printed checklist restates every answer and says from which day its days are counted`, async ({
    open,
  }) => {
    const t = useTranslations(lang);
    const tab = await open(path);
    await tab.fill('#priority-date', '2026-01-05');
    await tab.selectOption('#right-kind', 'invention');
    await tab.selectOption('#first-place', 'china');
    await tab.selectOption('#made-in-china', 'yes');
    await tab.selectOption('#filing-route', 'pct');
    await tab.fill('#fair-date', '2026-03-01');
    await tab.click('[data-filing-planner] button[type="submit"]');
    const answers = tab.locator('[data-planner-answers]');
    const terms = await answers.locator('dt').allInnerTexts();
    expect(terms).toEqual([
      t('planner.date'),
      t('planner.firstKind'),
      t('planner.right'),
      t('planner.place'),
      t('planner.made'),
      // An invention first filed as an ordinary application: the planner asks whether a PCT application followed.
      t('planner.pctFiled'),
      t('planner.answerRoute'),
      t('planner.answerFair'),
    ]);
    const values = await answers.locator('dd').allInnerTexts();
    expect(values[3]).toBe(t('planner.place.china'));
    expect(values[4]).toBe(t('planner.made.yes'));
    expect(values[6]).toBe(t('routeName.pct'));
    const counted = await tab.locator('[data-planner-counted]').innerText();
    expect(counted).not.toContain('{date}');
    expect(counted.length).toBeGreaterThan(t('planner.countedFrom').length - '{date}'.length);
    await catchPrint(tab);
    await tab.click('[data-planner-print]');
    await tab.emulateMedia({ media: 'print' });
    await expect(answers).toBeVisible();
    await expect(tab.locator('[data-planner-counted]')).toBeVisible();
    // The guide's "not legal advice" line goes with the checklist onto paper.
    await expect(tab.locator('[data-legal-notice]')).toBeVisible();
  });

/** How many A4 sheets the page prints on as it stands. */
async function sheetsOf(tab: Page): Promise<number> {
  const pdf = await tab.pdf({ format: 'A4', preferCSSPageSize: true });
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

// A compliance officer wanted 四（二） side by side, not the twenty sheets of part 四: each section prints alone,
// under its part's heading, with the document named and the columns headed.
for (const path of ['/plan/compare/', '/en/plan/compare/'])
  test(`${path}: "print this section" prints one section of a part, under the part's heading`, async ({ open }) => {
    const tab = await open(path);
    await catchPrint(tab);
    const section = tab.locator('button[data-print-part-of*=" "]').nth(1);
    const [partRow, sectionId] = (await section.getAttribute('data-print-part-of'))!.split(' ');
    const part = `print-${partRow}`;
    const otherSections = tab.locator(`#${part} .compare-section[id]:not(#${sectionId}) .compare-row`);
    expect(await otherSections.count()).toBeGreaterThan(0);
    await section.click();
    expect(await tab.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await tab.emulateMedia({ media: 'print' });
    await expect(tab.locator(`#${partRow}`)).toBeVisible();
    await expect(tab.locator(`#${sectionId} .compare-row`).first()).toBeVisible();
    await expect(tab.locator(`#${sectionId} .compare-row`).last()).toBeVisible();
    for (const row of await otherSections.all()) await expect(row).toBeHidden();
    await expect(tab.locator('#title')).toBeHidden();
    await expect(tab.locator('.compare-document')).toBeVisible();
    await expect(tab.locator('.compare-head')).toBeVisible();
    const sectionSheets = await sheetsOf(tab);

    // The whole part takes more sheets than the section.
    await tab.evaluate(() => dispatchEvent(new Event('afterprint')));
    await tab.emulateMedia({ media: 'screen' });
    await tab.locator(`button[data-print-part-of="${part}"]`).click();
    await tab.emulateMedia({ media: 'print' });
    expect(await sheetsOf(tab)).toBeGreaterThan(sectionSheets);
    await tab.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect(tab.locator('#title')).toBeVisible();
  });

// A row's place (四（一）1第2段) was left at the foot of a sheet, its paragraph on the next: it stays with its text.
test('/plan/compare/: a row’s place on paper stays on the sheet of the text it names', async ({ open }) => {
  const tab = await open('/plan/compare/');
  await tab.emulateMedia({ media: 'print' });
  const places = await tab
    .locator('.compare-ref:not(.compare-ref--on-target)')
    .evaluateAll((refs) => refs.map((ref) => getComputedStyle(ref).breakAfter));
  expect(places.length).toBeGreaterThan(0);
  expect(new Set(places)).toEqual(new Set(['avoid']));
});

// The guides that are pages of their own (content/pages/): each offers its key points on one sheet.
const standaloneGuides = GUIDES.map((guide) => guide.path).filter((path) =>
  existsSync(`content/pages/${SOURCE_LANG}${path.replace(/\/$/, '')}.md`),
);

test('some guides are pages of their own, with key points to print', () => {
  expect(standaloneGuides.length).toBeGreaterThan(0);
});

// An older reader wanted one large-type sheet of /infringement/ to hand his son, not five sheets ending in citations.
for (const lang of CONTENT_LANGS)
  for (const guide of standaloneGuides)
    test(`${localePath(lang, guide)}: "print the key points" prints them on one sheet, in 大字模式 too; the full print keeps its sources`, async ({
      open,
    }) => {
      const path = localePath(lang, guide);
      const tab = await open(path);
      await catchPrint(tab);
      const button = tab.locator('button[data-print-key-points]').first();
      await expect(button).toHaveText(useTranslations(lang)('print.keyPoints'));
      // What the reader expects on the sheet: the title, every item of an in-short list, the numbers to call.
      const items = tab.locator('main #in-short ~ ul > li');
      const calls = tab.locator('main :is(p, div):has(> a[href^="tel:"]:only-child) a');
      await button.click();
      expect(await tab.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      await tab.emulateMedia({ media: 'print' });
      await expect(tab.locator('main h1')).toBeVisible();
      for (const item of await items.all()) await expect(item).toBeVisible();
      for (const call of await calls.all()) await expect(call).toBeVisible();
      const address = tab.locator('[data-print-header] [data-print-url]');
      await expect(address).toBeVisible();
      await expect(address).toContainText(path);
      await expect(tab.locator('[data-print-header] [data-print-unofficial]')).toBeVisible();
      // Only the key points: the sections and their sources stay off this sheet.
      await expect(tab.locator('main h2').last()).toBeHidden();
      expect(await sheetsOf(tab)).toBe(1);
      // Printing ends the choice (afterprint): it is made again, in 大字模式's larger print type.
      await tab.emulateMedia({ media: 'screen' });
      await tab.evaluate(() => (document.documentElement.dataset.reading = 'large'));
      await button.click();
      await tab.emulateMedia({ media: 'print' });
      expect(await sheetsOf(tab), '大字模式').toBe(1);
      await tab.evaluate(() => delete document.documentElement.dataset.reading);

      // The page's own print (Ctrl+P, "print this page") still holds everything, the sources last.
      await tab.evaluate(() => dispatchEvent(new Event('afterprint')));
      await expect(tab.locator('main h2').last()).toBeVisible();
      await expect(tab.locator('main h2').last().locator('~ ul').last()).toBeVisible();
      expect(await sheetsOf(tab)).toBeGreaterThan(1);
    });
