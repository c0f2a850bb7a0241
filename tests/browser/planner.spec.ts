// The filing planner's own page (/overseas/planner/) in Chromium: its checklist, its .ics file, its checklist to
// print without scripts, with axe and at 320 px (those in the phone project), and the way to it from the
// overseas guide. The browser's clock is fixed per test, so no result depends on the real date.
import type { BrowserContextOptions, Page } from '@playwright/test';
import { expect, test, type Open } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { PLAN_STEP_IDS, planFiling } from '../../src/lib/overseas/planner.ts';
import {
  asksFirstFilingPlace,
  type FirstFilingPlace,
  type MadeInChina,
  type PlanInput,
} from '../../src/lib/overseas/planInput.ts';
import { calendarEvents, REMINDER_DAYS, type CalendarWords } from '../../src/lib/overseas/calendarEvents.ts';
import { paperChecklist } from '../../src/lib/overseas/paperChecklist.ts';
import { RIGHT_KINDS, routesFor } from '../../src/lib/overseas/chooser.ts';
import { addMonths, daysBetween, isPatentRight, type RightKind } from '../../src/lib/overseas/deadlines.ts';
import { icsEvents, icsProblems } from '../support/icalendar.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { PATENT_AGENCY_FINDER } from '../../src/lib/overseas/regionRoutes.ts';

interface PlanForm {
  today: string;
  firstFiling: string;
  right: RightKind;
  route?: string;
  kind?: 'national' | 'pct';
  /** Where the first filing was made; asked for inventions, utility models and designs. */
  place?: FirstFilingPlace;
  /** Whether the invention was completed in China; asked only for inventions and utility models. */
  made?: MadeInChina;
  fair?: string;
  /** "Have you filed a PCT application yet?": asked for inventions and utility models after a national first filing. */
  pctFiled?: boolean;
}

/** Opens the planner's page, fixes "today" in the page, and makes the checklist for a first filing. */
async function plan(
  open: Open,
  path: string,
  {
    today,
    firstFiling,
    right,
    route = '',
    kind = 'national',
    place = 'china',
    made = 'yes',
    fair = '',
    pctFiled,
  }: PlanForm,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const tab = await open(path, options);
  await tab.clock.setFixedTime(new Date(`${today}T10:00:00`));
  await tab.fill('#priority-date', firstFiling);
  await tab.selectOption('#first-kind', kind);
  await tab.selectOption('#right-kind', right);
  if (asksFirstFilingPlace(right)) await tab.selectOption('#first-place', place);
  if (isPatentRight(right)) await tab.selectOption('#made-in-china', made);
  if (pctFiled !== undefined) await tab.selectOption('#pct-filed', pctFiled ? 'yes' : 'no');
  await tab.selectOption('#filing-route', route);
  if (fair) await tab.fill('#fair-date', fair);
  await tab.click('[data-filing-planner] button[type="submit"]');
  await tab.locator('[data-planner-result]').waitFor();
  return tab;
}

const en = useTranslations('en');
const steps = (tab: Page) => tab.locator('[data-planner-steps] > li');

/** The planner's input as the library takes it. */
const inputOf = ({
  today,
  firstFiling,
  right,
  route,
  kind,
  place = 'china',
  made = 'yes',
  fair,
  pctFiled,
}: PlanForm): PlanInput => ({
  today,
  firstFiling,
  right,
  route: (route || undefined) as PlanInput['route'],
  firstFilingKind: kind,
  firstFilingPlace: place,
  madeInChina: made,
  tradeFair: fair || undefined,
  pctFiled,
});

/** A date as the English planner writes it. */
const enDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** The dates the calendar must hold for a plan, from the library (words play no part in the dates). */
function expectedEvents(form: PlanForm) {
  const ids = PLAN_STEP_IDS;
  const words: CalendarWords = {
    steps: Object.fromEntries(ids.map((id) => [id, { title: id, todo: '', law: '' }])) as CalendarWords['steps'],
    lawLabel: '',
    remedyTitle: { 'restore-priority': '', reinstate: '' },
    reinstateLimits: '',
    askByTitle: '',
    askNowTitle: '',
    askNow: '',
    ifPctFiled: '',
    weekend: '',
    holidays: '',
    reminder: '',
    formatDate: (iso) => iso,
  };
  const input = inputOf(form);
  return calendarEvents({
    steps: planFiling(input),
    firstFiling: form.firstFiling,
    right: form.right,
    today: form.today,
    host: 'x',
    page: '',
    words,
  });
}

/** Clicks the calendar button and returns the downloaded file's text. */
async function downloadIcs(tab: Page): Promise<string> {
  const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('[data-planner-ics]')]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  // Read as a stream, which works whether the browser runs here or elsewhere.
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

test.describe('filing planner', () => {
  test('lists every step of an invention in order, the confidentiality examination first, with days left', async ({
    open,
  }) => {
    const input = { today: '2025-01-15', firstFiling: '2024-02-29', right: 'invention' as const };
    const expected = planFiling(inputOf(input));
    const tab = await plan(open, '/overseas/planner/', input);
    expect(await steps(tab).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.step))).toEqual(
      expected.map((s) => s.id),
    );
    const first = steps(tab).first();
    expect(await first.textContent()).toContain('保密审查');
    expect(await first.textContent()).toContain('第十九条');
    for (const step of expected.filter((s) => s.due)) {
      const item = tab.locator(`[data-step="${step.id}"]`);
      expect(await item.locator('time').getAttribute('datetime')).toBe(step.due);
      expect(await item.textContent()).toContain(`还剩${step.daysLeft}天`);
    }
    expect(await tab.locator('[data-step="paris"] time').getAttribute('datetime')).toBe('2025-02-28');
    await tab.context().close();
  });

  test('marks a deadline that has passed and says what can still be done', async ({ open }) => {
    const tab = await plan(open, '/en/overseas/planner/', {
      today: '2025-03-05',
      firstFiling: '2024-03-04',
      right: 'utility-model',
      route: 'pct',
    });
    const filing = tab.locator('[data-step="pct-filing"]');
    expect(await filing.getAttribute('data-passed')).toBe('true');
    expect(await filing.textContent()).toMatch(/Passed.*1 day ago/);
    expect(await filing.textContent()).toContain('What you can still do');
    expect(await filing.textContent()).toContain('Rule 26bis.3');
    expect(await filing.textContent()).toContain('The last day to ask is Sunday, 4 May 2025.');
    expect(await tab.locator('[data-step="pct-national-30"]').getAttribute('data-passed')).toBe('false');
    await tab.context().close();
  });

  test('prints a table at a glance first: every step of the list, numbered as there, each with a box to tick', async ({
    open,
  }) => {
    // The exporter's case (eleventh and twelfth reviews): an invention first filed in China and made there, the
    // day to ask for the confidentiality examination passed, so step 1 says to act now.
    const input = { today: '2026-12-08', firstFiling: '2026-03-02', right: 'invention' as const, fair: '2027-04-19' };
    const expected = planFiling(inputOf(input));
    expect(expected[0].askBy?.passed).toBe(true);
    const tab = await plan(open, '/en/overseas/planner/', input);
    const listed = await steps(tab).evaluateAll((items) => items.map((li) => li.getAttribute('data-step')));
    expect(listed).toEqual(expected.map((s) => s.id));
    await tab.emulateMedia({ media: 'print' });
    const rows = tab.locator('[data-planner-glance-rows] tr');
    await expect(rows.first()).toBeVisible();
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-glance-step')))).toEqual(listed);
    // The same number as in the list, before the same title.
    const heads = await rows.locator('th').allTextContents();
    expected.forEach((step, index) =>
      expect(heads[index], step.id).toMatch(new RegExp(`^${index + 1}\\. ${en(`step.${step.id}.title`).slice(0, 12)}`)),
    );
    expect(await tab.locator('[data-planner-glance-rows] .planner-glance__box').count()).toBe(expected.length);
    // Urgent and passed rows say so in words, not by colour alone.
    const first = rows.first();
    expect(await first.getAttribute('data-glance-now')).toBe('true');
    expect(await first.textContent()).toContain(en('planner.glanceNow'));
    expect(await first.textContent()).toContain(en('planner.beforeFiling'));
    for (const step of expected.filter((s) => s.due))
      expect(await tab.locator(`[data-glance-step="${step.id}"] time`).getAttribute('datetime'), step.id).toBe(
        step.due,
      );
    // The national hotlines are on paper with their numbers, not only as links.
    for (const number of ['12330', '12345'])
      await expect(tab.locator(`[data-planner-help] [data-hotline="${number}"]`)).toBeVisible();
    await tab.context().close();
  });

  test('marks a passed deadline in the table at a glance in words, and gives the day to ask by while it is ahead', async ({
    open,
  }) => {
    const input = { today: '2025-03-05', firstFiling: '2024-03-04', right: 'invention' as const, route: 'pct' };
    const expected = planFiling(inputOf(input));
    const tab = await plan(open, '/en/overseas/planner/', input);
    await tab.emulateMedia({ media: 'print' });
    for (const step of expected.filter((s) => s.passed))
      expect(await tab.locator(`[data-glance-step="${step.id}"]`).textContent(), step.id).toContain(
        en('planner.passed'),
      );
    const early = await plan(open, '/en/overseas/planner/', { ...input, today: '2024-05-01' });
    const askBy = planFiling(inputOf({ ...input, today: '2024-05-01' }))[0].askBy!;
    await early.emulateMedia({ media: 'print' });
    const row = early.locator('[data-glance-step="confidentiality"]');
    expect(await row.locator('time').getAttribute('datetime')).toBe(askBy.date);
    expect(await row.textContent()).toContain(`${askBy.daysLeft} days left`);
    expect(await row.getAttribute('data-glance-now')).toBeNull();
    await tab.context().close();
    await early.context().close();
  });

  test('prints the reader’s checklist before the notes on last days, and leaves the table of periods to the screen', async ({
    open,
  }) => {
    const tab = await plan(open, '/en/overseas/planner/', {
      today: '2026-12-08',
      firstFiling: '2026-03-02',
      right: 'invention',
    });
    const periods = tab.locator('[data-planner-periods]');
    const top = (selector: string) => tab.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
    // On screen: periods, questions, checklist, in the order the reader works.
    await expect(periods).toBeVisible();
    await tab.emulateMedia({ media: 'print' });
    await expect(periods).toBeHidden();
    const notes = tab.getByText(en('planner.lastDayLocal'));
    await expect(notes).toBeVisible();
    expect(await top('[data-planner-glance]')).toBeLessThan(
      await notes.evaluate((el) => el.getBoundingClientRect().top),
    );
    expect(await top('[data-planner-steps]')).toBeLessThan(await top('[data-planner-help]'));
    await tab.context().close();
  });

  test('when every date has passed, says so and what can still be done, instead of an empty list', async ({ open }) => {
    const tab = await plan(open, '/en/overseas/planner/', {
      today: '2026-12-08',
      firstFiling: '2023-05-10',
      right: 'trademark',
    });
    const allPassed = tab.locator('[data-planner-all-passed]');
    await expect(allPassed).toBeVisible();
    await expect(allPassed).toContainText(en('planner.allPassedLead'));
    await expect(allPassed).toContainText(en('planner.allPassed.trademark'));
    await tab.context().close();
  });

  test('gives each passed national-phase deadline its own outer limit for reinstatement', async ({ open }) => {
    const input = {
      today: '2024-09-01',
      firstFiling: '2022-01-10',
      right: 'invention' as const,
      route: 'pct' as const,
      pctFiled: true,
    };
    const expected = planFiling(inputOf(input));
    const tab = await plan(open, '/en/overseas/planner/', input);
    for (const id of ['pct-national-30', 'pct-national-31'] as const) {
      const { until, ifFoundToday } = expected.find((s) => s.id === id)!.remedy!;
      const text = await tab.locator(`[data-step="${id}"]`).textContent();
      expect(text, id).toContain(
        `within two months of the cause of the delay being removed, and no later than ${enDate(until)}`,
      );
      expect(text, id).toContain(`if you found out about the missed deadline today, by ${enDate(ifFoundToday!)}`);
      expect(text, id).toContain('CNIPA offers no such reinstatement');
      expect(text, id).toContain('Rule 49.6');
      expect(text, id).toMatch(/a date here is not a promise/i);
    }
    await tab.context().close();
  });

  test('offers restoring a passed Paris priority for an invention for two months, and never for a design', async ({
    open,
  }) => {
    /** The Paris step of a plan made on the Chinese planner page for a first filing on 2024-01-31. */
    const parisStep = async (today: string, right: RightKind) => {
      const tab = await plan(open, '/overseas/planner/', { today, firstFiling: '2024-01-31', right, route: 'paris' });
      const text = await tab.locator('[data-step="paris"]').textContent();
      await tab.context().close();
      return text;
    };
    const paris = await parisStep('2025-02-10', 'invention');
    expect(paris).toContain('恢复优先权');
    expect(paris).toContain('第三十六条');
    expect(paris).not.toContain('不能再要求这一优先权');
    const closed = await parisStep('2025-04-01', 'invention');
    expect(closed).toContain('不能再要求这一优先权');
    expect(closed).not.toContain('恢复优先权');
    const designParis = await parisStep('2024-08-10', 'design');
    expect(designParis).toContain('不能再要求这一优先权');
    expect(designParis).not.toContain('恢复优先权');
  });

  test('says by when to ask for the confidentiality examination', async ({ open }) => {
    const input = { today: '2024-03-01', firstFiling: '2024-02-29', right: 'utility-model' as const };
    const tab = await plan(open, '/en/overseas/planner/', input);
    const [confidentiality] = planFiling(inputOf(input));
    expect(await tab.locator('[data-step="confidentiality"]').textContent()).toContain(
      `ask by ${enDate(confidentiality.askBy!.date)}`,
    );
    await tab.context().close();
  });

  test('after a first filing abroad of an invention that may have been made in China warns that the rule may be broken, and offers no day to ask by, on screen or in the calendar', async ({
    open,
  }) => {
    const form: PlanForm = {
      today: '2025-03-11',
      firstFiling: '2025-03-10',
      right: 'invention',
      place: 'abroad',
      made: 'unsure',
    };
    const tab = await plan(open, '/en/overseas/planner/', form, { acceptDownloads: true });
    const step = tab.locator('[data-step="confidentiality"]');
    // Not sure: what "completed in China" means comes first, and the warning is conditional from its first words.
    expect(await step.locator('.planner-step__condition').textContent()).toBe(en('planner.ifMadeInChina'));
    expect(await step.locator('.planner-step__condition').textContent()).toContain('Article 8, paragraph 1');
    expect(await step.locator('[data-warning="abroad-first"]').textContent()).toMatch(
      /^If this invention or utility model was completed in China, the confidentiality rule may already have been broken\./,
    );
    expect(await step.textContent()).not.toMatch(/ask by/);
    const events = icsEvents(await downloadIcs(tab));
    expect(events.map((e) => e.start)).toEqual(expectedEvents(form).map((e) => e.date));
    expect(events.some((e) => e.uid.startsWith('ask-by'))).toBe(false);
    await tab.context().close();
  });

  test('asks where the first filing was made for patents and designs, and whether it was completed in China for inventions and utility models, and will not plan without them', async ({
    open,
  }) => {
    const tab = await open('/en/overseas/planner/');
    for (const right of RIGHT_KINDS) {
      await tab.selectOption('#right-kind', right);
      expect(await tab.locator('#first-place').isVisible(), right).toBe(asksFirstFilingPlace(right));
      expect(await tab.locator('#made-in-china').isVisible(), right).toBe(isPatentRight(right));
    }
    await tab.selectOption('#right-kind', 'utility-model');
    await tab.fill('#priority-date', '2025-03-10');
    const missing = (field: string) =>
      tab.locator(field).evaluate((el) => (el as HTMLSelectElement).validity.valueMissing);
    await tab.click('[data-filing-planner] button[type="submit"]');
    expect(await missing('#first-place')).toBe(true);
    await tab.selectOption('#first-place', 'abroad');
    await tab.click('[data-filing-planner] button[type="submit"]');
    expect(await missing('#made-in-china')).toBe(true);
    expect(await tab.locator('[data-planner-result]').isHidden()).toBe(true);
    // The question says why it is asked, and what "completed in China" means.
    expect(await tab.locator('#made-in-china-hint').textContent()).toContain('confidentiality examination');
    await tab.context().close();
  });

  test('after a first filing abroad of an invention completed in China says plainly that the rule may have been broken', async ({
    open,
  }) => {
    const form: PlanForm = { today: '2025-03-11', firstFiling: '2025-03-10', right: 'invention', place: 'abroad' };
    const tab = await plan(open, '/en/overseas/planner/', form);
    const step = tab.locator('[data-step="confidentiality"]');
    expect(await step.locator('[data-warning="abroad-first"] strong').textContent()).toBe(
      en('planner.abroadFirstLeadMade'),
    );
    expect(await step.locator('.planner-step__condition').count()).toBe(0);
    // Filing in China is listed too, with CNIPA's dates.
    expect(await tab.locator('[data-step="china-filing"] time').getAttribute('datetime')).toBe(
      planFiling(inputOf(form)).find((s) => s.id === 'china-filing')!.due,
    );
    await tab.context().close();
  });

  test('a reader who filed first at a foreign office an invention not made in China sees no confidentiality step and the CNIPA step with its dates', async ({
    open,
  }) => {
    // The German reviewer's case: first filed at the German office, wants protection in China.
    const form: PlanForm = {
      today: '2025-06-02',
      firstFiling: '2025-03-10',
      right: 'invention',
      place: 'abroad',
      made: 'no',
    };
    const expected = planFiling(inputOf(form));
    const tab = await plan(open, '/en/overseas/planner/', form);
    const ids = await steps(tab).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.step));
    expect(ids).toEqual(expected.map((s) => s.id));
    expect(ids[0]).toBe('china-filing');
    expect(ids).not.toContain('confidentiality');
    expect(await tab.locator('[data-planner-steps] [data-warning]').count()).toBe(0);
    expect(await tab.locator('[data-planner-steps]').textContent()).not.toMatch(/confidentiality/i);
    const china = tab.locator('[data-step="china-filing"]');
    for (const id of ['china-filing', 'china-copy'] as const) {
      const step = expected.find((s) => s.id === id)!;
      expect(await tab.locator(`[data-step="${id}"] time`).getAttribute('datetime'), id).toBe(step.due);
      expect(await tab.locator(`[data-step="${id}"]`).textContent(), id).toContain(`${step.daysLeft} days left`);
    }
    const text = await china.textContent();
    expect(text).toContain('CNIPA');
    expect(text).toContain('国家知识产权局');
    expect(text).toContain('Article 30');
    expect(text).toContain('habitual residence or business office in China');
    expect(await tab.locator('[data-planner-answers]').textContent()).toContain(en('planner.made.no'));
    await tab.context().close();
  });

  // The Taipei reader's case: first filed in the Taiwan region on 2 March 2026. The mainland step follows
  // CNIPA's own provisions as the foreign-companies guide words them, not the foreign 16-month copy rule.
  const REGION_CASES = [
    {
      place: 'taiwan',
      path: '/overseas/planner/',
      says: [
        '台湾地区',
        '3个月内',
        '2010年9月12日',
        '《关于台湾同胞专利申请的若干规定》第二条',
        '第四条',
        '专利代理机构',
        '2023年1月11日',
      ],
      notSaid: /16个月|《专利法》/,
    },
    {
      place: 'taiwan',
      path: '/en/overseas/planner/',
      says: [
        'Taiwan region',
        'within 3 months',
        '12 September 2010',
        'Several Provisions on Patent Applications by Taiwan Compatriots, Article 2',
        'Article 4',
        'patent agency',
        '11 January 2023',
      ],
      notSaid: /16 months|Patent Law of the PRC/,
    },
    {
      place: 'hong-kong',
      path: '/en/overseas/planner/',
      says: [
        'short-term patent',
        'Intellectual Property Department of the Hong Kong SAR',
        'within 3 months',
        'Provisions on the Priority of First Applications',
        'patent agency',
        '11 January 2023',
      ],
      notSaid: /16 months|Patent Law of the PRC/,
    },
    {
      place: 'hong-kong',
      path: '/zh-hant/overseas/planner/',
      says: ['短期專利', '香港特別行政區知識產權署', '3個月內', '專利代理機構', '2023年1月11日'],
      notSaid: /16個月|《專利法》/,
    },
  ] as const;
  for (const { place, path, says, notSaid } of REGION_CASES)
    test(`after a first filing in ${place} dates the mainland filing 12 months on and states the guide's rules, without the 16-month copy (${path})`, async ({
      open,
    }) => {
      const form: PlanForm = { today: '2026-03-10', firstFiling: '2026-03-02', right: 'invention', place, made: 'no' };
      const tab = await plan(open, path, form, { acceptDownloads: true });
      const expected = planFiling(inputOf(form));
      const ids = await steps(tab).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.step));
      expect(ids).toEqual(expected.map((s) => s.id));
      const step = tab.locator(`[data-step="china-filing-${place}"]`);
      expect(await step.locator('time').getAttribute('datetime')).toBe('2027-03-02');
      const text = (await step.textContent()) ?? '';
      for (const words of says) expect(text).toContain(words);
      // Neither the foreign copy rule nor its date, nor routes the sources say nothing about for these places.
      expect(text).not.toMatch(notSaid);
      expect(await tab.locator('[data-planner-steps]').textContent()).not.toMatch(
        /2027-07-02|2027年7月2日|2 July 2027/,
      );
      expect(await tab.locator('[data-step="china-copy"], [data-step="paris"], [data-step="pct-filing"]').count()).toBe(
        0,
      );
      // The calendar holds the same date, with the rule as its description.
      const ics = await downloadIcs(tab);
      expect(icsProblems(ics)).toEqual([]);
      expect(icsEvents(ics).map((e) => e.start)).toEqual(expectedEvents(form).map((e) => e.date));
      expect(ics).toContain('20270302');
      // On paper the checklist made on screen is what prints.
      await tab.emulateMedia({ media: 'print' });
      await expect(step).toBeVisible();
      await tab.context().close();
    });

  // The Taipei reader chose the PCT route and got one row with no word why: the checklist now says why above it,
  // with the rules she can act on and where to find a patent agency; after a first filing abroad it says nothing.
  const REGION_NOTES = [
    { path: '/zh-hant/overseas/planner/', place: 'taiwan', route: 'pct', right: 'invention', lang: 'zh-hant' },
    { path: '/overseas/planner/', place: 'taiwan', route: 'paris', right: 'invention', lang: 'zh' },
    { path: '/en/overseas/planner/', place: 'hong-kong', route: '', right: 'invention', lang: 'en' },
    { path: '/en/overseas/planner/', place: 'taiwan', route: 'hague', right: 'design', lang: 'en' },
  ] as const;
  for (const { path, place, route, right, lang } of REGION_NOTES)
    test(`after a first filing in ${place} (${right}, route "${route}") says why only the mainland step is listed and what to do next (${path})`, async ({
      open,
    }) => {
      const t = useTranslations(lang);
      const form: PlanForm = { today: '2026-12-08', firstFiling: '2026-03-02', right, route, place, made: 'no' };
      const tab = await plan(open, path, form);
      expect(await steps(tab).count()).toBe(1);
      const note = tab.locator('[data-planner-region]');
      await expect(note).toBeVisible();
      // Above the step, so it is read before the single row.
      const [noteTop, stepTop] = await Promise.all(
        [note, steps(tab).first()].map(async (l) => (await l.boundingBox())!.y),
      );
      expect(noteTop).toBeLessThan(stepTop!);
      const text = (await note.textContent()) ?? '';
      expect(text).toContain(t('planner.regionOnlyLead'));
      if (right === 'design') {
        expect(text).toContain(t('planner.regionHague'));
        expect(text).not.toContain(t('planner.regionPct'));
      } else {
        expect(text).toContain(t('planner.regionPct'));
        expect(await note.getByRole('link', { name: t('planner.regionPctSource') }).getAttribute('href')).toBe(
          t('planner.regionPctSourceUrl'),
        );
      }
      if (place === 'hong-kong') expect(text).toMatch(/1997/);
      expect(await note.getByRole('link', { name: t('planner.agencyFinder') }).getAttribute('href')).toBe(
        PATENT_AGENCY_FINDER,
      );
      // Made again for a first filing abroad, the checklist lists its routes and the note goes.
      await tab.selectOption('#first-place', 'abroad');
      await tab.click('[data-filing-planner] button[type="submit"]');
      await expect(note).toBeHidden();
      await tab.context().close();
    });

  test("dates reinstatement in the calendar two months from today, with its outer limit and CNIPA's rule, and lists CNIPA's 32 months", async ({
    open,
  }) => {
    const form: PlanForm = {
      today: '2024-09-01',
      firstFiling: '2022-01-10',
      right: 'invention',
      route: 'pct',
      pctFiled: true,
    };
    const steps = planFiling(inputOf(form));
    const tab = await plan(open, '/en/overseas/planner/', form, { acceptDownloads: true });
    const china = steps.find((s) => s.id === 'pct-china-32')!;
    expect(await tab.locator('[data-step="pct-china-32"] time').getAttribute('datetime')).toBe(china.due);
    const events = icsEvents(await downloadIcs(tab));
    expect(events.map((e) => e.start)).toEqual(expectedEvents(form).map((e) => e.date));
    const reinstate = events.filter((e) => e.summary.startsWith('Ask for reinstatement'));
    expect(reinstate.length).toBe(steps.filter((s) => s.remedy?.kind === 'reinstate' && s.remedy.open).length);
    for (const event of reinstate) {
      expect(event.start).toBe(addMonths(form.today, 2));
      expect(event.description).toContain('two months from the removal of the cause of the delay');
      expect(event.description).toContain('CNIPA offers no such reinstatement');
    }
    for (const id of ['pct-national-30', 'pct-national-31'] as const) {
      const { until } = steps.find((s) => s.id === id)!.remedy!;
      expect(
        reinstate.some((e) => e.description.includes(`no later than ${enDate(until)}`)),
        id,
      ).toBe(true);
    }
    await tab.context().close();
  });

  test("after CNIPA's 32 months says only force majeure can help, with no calendar entry for it", async ({ open }) => {
    const form: PlanForm = {
      today: '2024-09-11',
      firstFiling: '2022-01-10',
      right: 'invention',
      route: 'pct',
      pctFiled: true,
    };
    const tab = await plan(open, '/overseas/planner/', form);
    const china = tab.locator('[data-step="pct-china-32"]');
    expect(await china.getAttribute('data-passed')).toBe('true');
    expect(await china.textContent()).toContain('不可抗拒的事由');
    expect(expectedEvents(form).some((e) => e.uid.startsWith('pct-china-32'))).toBe(false);
    await tab.context().close();
  });

  test('says the last day is today on the day itself', async ({ open }) => {
    const tab = await plan(open, '/en/overseas/planner/', {
      today: '2025-09-15',
      firstFiling: '2025-03-15',
      right: 'trademark',
      route: 'madrid',
    });
    expect(await tab.locator('[data-step="madrid"]').textContent()).toContain('Today is the last day');
    await tab.context().close();
  });

  test('offers only the routes that can carry the chosen right', async ({ open }) => {
    const tab = await open('/en/overseas/planner/');
    for (const right of RIGHT_KINDS) {
      await tab.selectOption('#right-kind', right);
      const offered = await tab
        .locator('#filing-route option:not([disabled])')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(offered.sort(), right).toEqual(['', ...routesFor(right)].sort());
    }
    await tab.context().close();
  });

  test('downloads a valid .ics with every date still ahead, the ask-by date and the fair, each with its reminders', async ({
    open,
  }) => {
    const form: PlanForm = { today: '2025-01-15', firstFiling: '2024-02-29', right: 'invention', fair: '2025-02-20' };
    const tab = await plan(open, '/en/overseas/planner/', form, { acceptDownloads: true });
    const ics = await downloadIcs(tab);
    expect(icsProblems(ics)).toEqual([]);
    const expected = expectedEvents(form);
    const events = icsEvents(ics);
    expect(events.map((e) => e.start)).toEqual(expected.map((e) => e.date));
    expect(events.map((e) => e.alarmDays)).toEqual(expected.map((e) => e.alarms!.map((a) => -a.daysBefore)));
    expect(events.find((e) => e.start === form.fair)!.summary).toBe('Trade fair: file first, then show');
    expect(events.every((e) => /^[^@\s]+@\S+$/.test(e.uid))).toBe(true);
    await tab.context().close();
  });

  test('keeps the calendar download while a restoration date is 14 days away, after every ordinary deadline', async ({
    open,
  }) => {
    const form: PlanForm = { today: '2025-03-17', firstFiling: '2024-01-31', right: 'invention', route: 'paris' };
    const [step] = planFiling(inputOf(form)).filter((s) => s.id === 'paris');
    expect(step.passed).toBe(true);
    expect(daysBetween(form.today, step.remedy!.until)).toBe(14);
    const tab = await plan(open, '/en/overseas/planner/', form, { acceptDownloads: true });
    expect(await tab.locator('[data-planner-ics]').isVisible()).toBe(true);
    const events = icsEvents(await downloadIcs(tab));
    expect(events.map((e) => e.start)).toEqual([step.remedy!.until]);
    expect(events[0].summary).toContain('Last day to ask to restore priority');
    expect(events[0].alarmDays).toEqual(REMINDER_DAYS.filter((n) => n <= 14).map((n) => -n));
    await tab.context().close();
  });

  test('hides the calendar download and says why when nothing is left to act on', async ({ open }) => {
    const tab = await plan(open, '/overseas/planner/', {
      today: '2025-06-01',
      firstFiling: '2020-01-10',
      right: 'design',
    });
    expect(await tab.locator('[data-planner-ics]').isHidden()).toBe(true);
    expect(await tab.locator('[data-planner-ics-none]').isVisible()).toBe(true);
    await tab.context().close();
  });

  test('after a PCT first filing shows only the steps that apply, and says the filing was the request', async ({
    open,
  }) => {
    const form: PlanForm = { today: '2024-03-01', firstFiling: '2024-02-29', right: 'invention', kind: 'pct' };
    const tab = await plan(open, '/overseas/planner/', form);
    expect(await steps(tab).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.step))).toEqual(
      planFiling(inputOf(form)).map((s) => s.id),
    );
    expect(await tab.locator('[data-step="confidentiality"]').textContent()).toContain('首次申请是PCT国际申请');
    expect(
      await tab
        .locator('#filing-route option:not([disabled])')
        .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
    ).toEqual(['', 'pct']);
    await tab.context().close();
  });

  test('flags a last day that falls on a weekend', async ({ open }) => {
    // The 12 months from Friday 2024-03-15 end on Saturday 2025-03-15.
    const tab = await plan(open, '/en/overseas/planner/', {
      today: '2024-04-01',
      firstFiling: '2024-03-15',
      right: 'invention',
      route: 'paris',
    });
    const paris = tab.locator('[data-step="paris"]');
    expect(await paris.getAttribute('data-weekend')).toBe('true');
    expect(await paris.textContent()).toContain('Saturday or Sunday');
    await tab.context().close();
  });

  test('warns when the trade fair comes before the first filing', async ({ open }) => {
    const tab = await plan(open, '/en/overseas/planner/', {
      today: '2025-03-01',
      firstFiling: '2025-03-10',
      right: 'design',
      fair: '2025-03-05',
    });
    expect(await tab.locator('[data-step="trade-fair"]').textContent()).toContain(
      'The fair comes before your first filing',
    );
    await tab.context().close();
  });

  test('once no PCT application can claim the priority, lists no national-phase dates and says what is left to do', async ({
    open,
  }) => {
    // The reviewer's case: a utility model first filed with CNIPA on 2025-03-15, the checklist made in December 2026.
    const form: PlanForm = { today: '2026-12-07', firstFiling: '2025-03-15', right: 'utility-model' };
    const tab = await plan(open, '/overseas/planner/', form);
    const ids = await steps(tab).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.step));
    expect(ids).toEqual(planFiling(inputOf(form)).map((s) => s.id));
    expect(ids.filter((id) => id!.startsWith('pct-national') || id === 'pct-china-32')).toEqual([]);
    const filing = tab.locator('[data-step="pct-filing"]');
    expect(await filing.textContent()).toContain('这一补救的期限也已经过去');
    expect(await filing.locator('[data-warning="no-pct"]').textContent()).toContain('请立即咨询专利代理机构');
    // No advice to beat a 12-month deadline that is long gone.
    const confidentiality = await tab.locator('[data-step="confidentiality"]').textContent();
    expect(confidentiality).not.toContain('在12个月期限前向国家知识产权局提交PCT国际申请');
    expect(confidentiality).toContain('12个月优先权期限都已经过去');
    await tab.context().close();
    // A reader who did file a PCT application in time says so, and gets its national-phase dates.
    const filed = await plan(open, '/overseas/planner/', { ...form, pctFiled: true });
    const expected = planFiling(inputOf({ ...form, pctFiled: true }));
    for (const step of expected.filter((s) => s.id.startsWith('pct-')))
      expect(await filed.locator(`[data-step="${step.id}"] time`).getAttribute('datetime'), step.id).toBe(step.due);
    expect(await filed.locator('[data-planner-answers]').textContent()).toContain('要求了首次申请的优先权');
    await filed.context().close();
  });

  test('marks national-phase dates as holding only if a PCT application is filed, until the reader says one was', async ({
    open,
  }) => {
    // An invention first filed with CNIPA a month ago: a PCT application can still be filed, none has been.
    const form: PlanForm = { today: '2025-04-15', firstFiling: '2025-03-15', right: 'invention', pctFiled: false };
    const notYet = await plan(open, '/en/overseas/planner/', form);
    const national = (tab: Page) => tab.locator('[data-step^="pct-national"], [data-step="pct-china-32"]');
    expect(await national(notYet).count()).toBeGreaterThan(0);
    for (const item of await national(notYet).all())
      expect(await item.locator('.planner-step__if').textContent()).toBe(en('planner.ifPctFiled'));
    // The field's hint says the same, so the checklist and the question agree.
    expect(await notYet.locator('#pct-filed-hint').textContent()).toContain(en('planner.ifPctFiled'));
    // The date hints give an example date, not a written format: the date control shows the browser's own.
    for (const hint of ['#priority-date-hint', '#fair-date-hint'])
      expect(await notYet.locator(hint).textContent(), hint).not.toMatch(/\d{4}-\d{2}-\d{2}|YYYY|mm\/dd/i);
    await notYet.context().close();
    const filed = await plan(open, '/en/overseas/planner/', { ...form, pctFiled: true });
    expect(await national(filed).count()).toBeGreaterThan(0);
    expect(await filed.locator('[data-planner-steps] .planner-step__if').count()).toBe(0);
    await filed.context().close();
  });

  test('asks whether a PCT application was filed only for an invention or utility model first filed as an ordinary application', async ({
    open,
  }) => {
    const tab = await open('/en/overseas/planner/');
    for (const right of RIGHT_KINDS) {
      await tab.selectOption('#right-kind', right);
      expect(await tab.locator('#pct-filed').isVisible(), right).toBe(isPatentRight(right));
    }
    await tab.selectOption('#right-kind', 'invention');
    await tab.selectOption('#first-kind', 'pct');
    expect(await tab.locator('#pct-filed').isVisible()).toBe(false);
    await tab.context().close();
  });

  test('lists filing the first application when its date is still ahead, the confidentiality examination before it', async ({
    open,
  }) => {
    const form: PlanForm = { today: '2026-01-10', firstFiling: '2026-03-14', right: 'invention', place: 'abroad' };
    const tab = await plan(open, '/en/overseas/planner/', form);
    const ids = await steps(tab).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.step));
    expect(ids.slice(0, 2)).toEqual(['confidentiality', 'first-filing']);
    const first = tab.locator('[data-step="first-filing"]');
    expect(await first.locator('time').getAttribute('datetime')).toBe(form.firstFiling);
    expect(await first.textContent()).toContain(`${daysBetween(form.today, form.firstFiling)} days left`);
    expect(await first.getAttribute('data-weekend')).toBeNull();
    const confidentiality = tab.locator('[data-step="confidentiality"]');
    expect(await confidentiality.textContent()).toContain('Your first filing is to be made outside China');
    expect(await confidentiality.locator('[data-warning="abroad-first"]').count()).toBe(0);
    await tab.context().close();
  });

  test('has no axe violations with a checklist that has passed and upcoming deadlines', async ({ open }) => {
    const tab = await plan(open, '/overseas/planner/', {
      today: '2025-06-01',
      firstFiling: '2024-03-10',
      right: 'invention',
      pctFiled: true,
    });
    expect(await axeViolations(tab)).toEqual([]);
    await tab.context().close();
  });

  test('fits 320 px with the checklist shown, axe-clean, in both languages', { tag: '@phone' }, async ({ open }) => {
    for (const path of ['/overseas/planner/', '/en/overseas/planner/']) {
      const tab = await plan(
        open,
        path,
        { today: '2025-06-01', firstFiling: '2024-03-10', right: 'invention', fair: '2025-07-01' },
        { viewport: { width: 320, height: 800 } },
      );
      expect(
        await tab.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
        path,
      ).toBe(true);
      expect(await axeViolations(tab), path).toEqual([]);
      await tab.context().close();
    }
  });
});

test.describe('the planner’s answers in its address', () => {
  /** Opens an address of the planner with the page's "today" fixed before it loads (the answers are read on load). */
  async function reopen(open: Open, address: string, today: string): Promise<Page> {
    const tab = await open('/en/overseas/planner/');
    await tab.clock.setFixedTime(new Date(`${today}T10:00:00`));
    await tab.goto(address, { waitUntil: 'load' });
    return tab;
  }

  test('keeps the answers in the address, which reopens the same checklist, and prints that address', async ({
    open,
  }) => {
    const input = { today: '2026-12-08', firstFiling: '2026-03-02', right: 'invention' as const, fair: '2027-04-19' };
    const tab = await plan(open, '/en/overseas/planner/', input);
    const address = new URL(tab.url());
    expect(address.searchParams.get('date')).toBe(input.firstFiling);
    expect(address.searchParams.get('fair')).toBe(input.fair);
    const listed = await steps(tab).evaluateAll((items) => items.map((li) => li.getAttribute('data-step')));
    // Without SITE_URL (dist/) paper gets the address read at: with the answers, so the paper reopens them too.
    await tab.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(tab.locator('[data-print-header] [data-print-url]')).toHaveText(address.href);

    const again = await reopen(open, address.pathname + address.search, input.today);
    await expect(again.locator('[data-planner-result]')).toBeVisible();
    expect(await steps(again).evaluateAll((items) => items.map((li) => li.getAttribute('data-step')))).toEqual(listed);
    expect(await again.inputValue('#priority-date')).toBe(input.firstFiling);
    expect(await again.inputValue('#fair-date')).toBe(input.fair);
    expect(await again.inputValue('#first-place')).toBe('china');
    expect(await again.locator('[data-planner-error]').textContent()).toBe('');
    await tab.context().close();
    await again.context().close();
  });

  test('drops the answers from the address when the form is sent with answers that make no checklist', async ({
    open,
  }) => {
    const tab = await plan(open, '/en/overseas/planner/', {
      today: '2026-12-08',
      firstFiling: '2026-03-02',
      right: 'invention',
    });
    // A PCT first filing cannot carry a trademark: the form says so and makes no checklist.
    await tab.selectOption('#first-kind', 'pct');
    await tab.selectOption('#right-kind', 'trademark');
    await tab.click('[data-filing-planner] button[type="submit"]');
    await expect(tab.locator('[data-planner-error]')).toHaveText(en('planner.pctFirstInvalid'));
    expect(new URL(tab.url()).search).toBe('');
    await tab.context().close();
  });

  // Each field with a value the form cannot take, and the question the error names.
  const WRONG: Array<[string, string, Parameters<typeof en>[0], string]> = [
    ['date=2026-02-30&place=china&made=yes', '#priority-date', 'planner.date', 'date'],
    ['date=2026-03-02&right=software&place=china&made=yes', '#right-kind', 'planner.right', 'right'],
    ['date=2026-03-02&place=mars&made=yes', '#first-place', 'planner.place', 'place'],
    ['date=2026-03-02&place=china&made=yes&route=madrid', '#filing-route', 'planner.answerRoute', 'route'],
    ['date=2026-03-02&place=china&made=yes&fair=2027-13-01', '#fair-date', 'planner.answerFair', 'fair'],
  ];
  for (const [query, control, label, name] of WRONG)
    test(`an address whose ${name} the form cannot take opens the form with that question’s error`, async ({
      open,
    }) => {
      const errors: string[] = [];
      const tab = await open('/en/overseas/planner/');
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(`/en/overseas/planner/?${query}`, { waitUntil: 'load' });
      await expect(tab.locator('[data-filing-planner]')).toBeVisible();
      await expect(tab.locator('[data-planner-result]')).toBeHidden();
      await expect(tab.locator('[data-planner-error]')).toHaveText(
        en('planner.linkInvalid').replace('{field}', en(label)),
      );
      // Beside the question too, which the form's own error under the button is a screen away from at 200% text.
      await expect(tab.locator(`${control}-error`)).toHaveText(en('planner.linkInvalid').replace('{field}', en(label)));
      await expect(tab.locator(control)).toBeFocused();
      await expect(tab.locator(control)).toHaveAttribute('aria-invalid', 'true');
      expect(errors).toEqual([]);
      await tab.context().close();
    });

  test('an address without a required answer opens the form with the error the form gives', async ({ open }) => {
    const tab = await reopen(open, '/en/overseas/planner/?date=2026-03-02&made=yes', '2026-12-08');
    await expect(tab.locator('[data-planner-result]')).toBeHidden();
    await expect(tab.locator('[data-planner-error]')).toHaveText(en('planner.placeMissing'));
    await tab.context().close();
  });
});

test.describe('the planner page under its Content Security Policy', () => {
  for (const path of ['/overseas/planner/', '/en/overseas/planner/'])
    test(`${path} loads and makes a checklist without a CSP violation`, async ({ page: tab }) => {
      const violations: string[] = [];
      tab.on('console', (message) => {
        if (/Content Security Policy/.test(message.text())) violations.push(message.text().slice(0, 160));
      });
      await tab.goto(path, { waitUntil: 'load' });
      await tab.fill('#priority-date', '2024-02-29');
      await tab.selectOption('#first-place', 'china');
      await tab.selectOption('#made-in-china', 'yes');
      await tab.click('[data-filing-planner] button[type="submit"]');
      await tab.locator('[data-planner-result]').waitFor();
      expect(violations).toEqual([]);
      await tab.context().close();
    });
});

test.describe('the planner without JavaScript', () => {
  test(
    'shows a checklist to print with every step, on screen and on paper, axe-clean at 320 px',
    { tag: '@phone' },
    async ({ open }) => {
      const tab = await open('/en/overseas/planner/', {
        javaScriptEnabled: false,
        viewport: { width: 320, height: 800 },
      });
      const paper = tab.locator('[data-planner-paper]');
      expect(await paper.isVisible()).toBe(true);
      expect(
        await paper
          .locator('[data-paper-step]')
          .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.paperStep)),
      ).toEqual(paperChecklist().map((s) => s.id));
      expect(await paper.textContent()).toContain('12 months (Invention and Utility model)');
      // After a first filing in China, the day to ask for the confidentiality examination by, as on screen.
      const askBy = paperChecklist()[0].askByMonths![0].months;
      expect(await paper.locator('[data-paper-step="confidentiality"]').textContent()).toContain(
        `ask within ${askBy} months of it`,
      );
      // Each step that holds only in some cases says which.
      for (const step of paperChecklist().filter((s) => s.condition))
        expect(
          await paper.locator(`[data-paper-step="${step.id}"] [data-paper-condition]`).textContent(),
          step.id,
        ).toBe(en(`planner.paperCondition.${step.condition!}`));
      await tab.emulateMedia({ media: 'print' });
      expect(await paper.isVisible()).toBe(true);
      await tab.context().close();
      // axe runs as a script, so the page without scripts is checked as it looks without them: no "js" class.
      const styled = await open('/en/overseas/planner/', { viewport: { width: 320, height: 800 } });
      await styled.evaluate(() => document.documentElement.classList.remove('js'));
      expect(await styled.locator('[data-planner-paper]').isVisible()).toBe(true);
      expect(await styled.locator('[data-filing-planner]').isVisible()).toBe(false);
      expect(
        await styled.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      ).toBe(true);
      expect(await axeViolations(styled)).toEqual([]);
      await styled.context().close();
    },
  );

  test('with JavaScript, prints the blank checklist only until a checklist has been made', async ({ open }) => {
    const tab = await open('/overseas/planner/');
    const paper = tab.locator('[data-planner-paper]');
    expect(await paper.isVisible()).toBe(false);
    await tab.emulateMedia({ media: 'print' });
    expect(await paper.isVisible()).toBe(true);
    await tab.emulateMedia({ media: 'screen' });
    await tab.fill('#priority-date', '2024-02-29');
    await tab.selectOption('#first-place', 'china');
    await tab.selectOption('#made-in-china', 'yes');
    await tab.click('[data-filing-planner] button[type="submit"]');
    await tab.locator('[data-planner-result]').waitFor();
    await tab.emulateMedia({ media: 'print' });
    expect(await paper.isVisible()).toBe(false);
    expect(await tab.locator('[data-planner-steps]').isVisible()).toBe(true);
    await tab.context().close();
  });
});
