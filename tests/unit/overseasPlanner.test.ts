// The filing planner's checklist: which steps apply to each right and route, their dates, and days left.
import { describe, expect, it } from 'vitest';
import { canStillFilePct, planFiling } from '../../src/lib/overseas/planner.ts';
import type { PlanInput } from '../../src/lib/overseas/planInput.ts';
import {
  addMonths,
  CHINA_PRIORITY_COPY_MONTHS,
  daysBetween,
  isPatentRight,
  PARIS_PRIORITY_MONTHS,
} from '../../src/lib/overseas/deadlines.ts';
import { RIGHT_KINDS, routesFor } from '../../src/lib/overseas/chooser.ts';
import { paperChecklist } from '../../src/lib/overseas/paperChecklist.ts';

const ids = (steps: ReturnType<typeof planFiling>) => steps.map((s) => s.id);
/** A plan after a first filing with CNIPA, the usual case; tests of a first filing abroad say so. */
const plan = (input: PlanInput) => planFiling({ firstFilingPlace: 'china', madeInChina: 'yes', ...input });

describe('planFiling', () => {
  it('starts every invention and utility-model plan with the confidentiality examination, undated', () => {
    for (const right of ['invention', 'utility-model'] as const) {
      for (const route of [undefined, ...routesFor(right)]) {
        const [first] = plan({ firstFiling: '2025-03-10', right, route, today: '2025-03-11' });
        expect(first, `${right} ${route}`).toMatchObject({ id: 'confidentiality', passed: false });
        expect(first.due, `${right} ${route}`).toBeUndefined();
      }
    }
  });

  it('never asks for a confidentiality examination for designs and trademarks', () => {
    for (const right of ['design', 'trademark'] as const) {
      expect(ids(plan({ firstFiling: '2025-03-10', right, today: '2025-03-11' }))).not.toContain('confidentiality');
    }
  });

  it('lists the Paris deadline, the PCT filing deadline and both national-phase dates for an invention', () => {
    const steps = plan({ firstFiling: '2024-02-29', right: 'invention', today: '2024-03-01' });
    expect(steps.map((s) => [s.id, s.due])).toEqual([
      ['confidentiality', undefined],
      ['paris', '2025-02-28'],
      ['pct-filing', '2025-02-28'],
      ['pct-national-30', '2026-08-29'],
      ['pct-national-31', '2026-09-29'],
      ['pct-china-32', '2026-10-29'],
    ]);
  });

  it('keeps only the steps of the chosen route', () => {
    expect(
      ids(plan({ firstFiling: '2025-01-31', right: 'utility-model', route: 'paris', today: '2025-02-01' })),
    ).toEqual(['confidentiality', 'paris']);
    expect(ids(plan({ firstFiling: '2025-01-31', right: 'utility-model', route: 'pct', today: '2025-02-01' }))).toEqual(
      ['confidentiality', 'pct-filing', 'pct-national-30', 'pct-national-31', 'pct-china-32'],
    );
    expect(ids(plan({ firstFiling: '2025-01-31', right: 'design', route: 'hague', today: '2025-02-01' }))).toEqual([
      'hague',
    ]);
    expect(ids(plan({ firstFiling: '2025-01-31', right: 'trademark', route: 'madrid', today: '2025-02-01' }))).toEqual([
      'madrid',
    ]);
  });

  it('gives designs a Hague step and trademarks a Madrid step, both at six months, with the Paris deadline', () => {
    const design = plan({ firstFiling: '2023-08-31', right: 'design', today: '2023-09-01' });
    expect(design.map((s) => [s.id, s.due])).toEqual([
      ['paris', '2024-02-29'],
      ['hague', '2024-02-29'],
    ]);
    const mark = plan({ firstFiling: '2025-08-31', right: 'trademark', today: '2025-09-01' });
    expect(mark.map((s) => [s.id, s.due])).toEqual([
      ['paris', '2026-02-28'],
      ['madrid', '2026-02-28'],
    ]);
  });

  it('gives every right at least one dated step', () => {
    for (const right of RIGHT_KINDS) {
      expect(
        plan({ firstFiling: '2025-05-31', right, today: '2025-06-01' }).some((s) => s.due),
        right,
      ).toBe(true);
    }
  });

  it('counts days left from today, with 0 on the last day itself', () => {
    const onTheDay = plan({ firstFiling: '2024-03-15', right: 'trademark', route: 'paris', today: '2024-09-15' });
    expect(onTheDay[0]).toMatchObject({ due: '2024-09-15', daysLeft: 0, passed: false });
    const dayBefore = plan({
      firstFiling: '2024-03-15',
      right: 'trademark',
      route: 'paris',
      today: '2024-09-14',
    });
    expect(dayBefore[0]).toMatchObject({ daysLeft: 1, passed: false });
  });

  it('does not count the filing day: a 12-month period from 15 March ends on 15 March', () => {
    const [, paris] = plan({ firstFiling: '2024-03-15', right: 'invention', today: '2024-03-15' });
    expect(paris.due).toBe('2025-03-15');
    expect(paris.daysLeft).toBe(365);
  });

  it('marks a deadline the day after it as passed, and keeps later ones open', () => {
    const steps = plan({ firstFiling: '2024-02-29', right: 'invention', route: 'pct', today: '2025-03-01' });
    expect(steps.find((s) => s.id === 'pct-filing')).toMatchObject({ daysLeft: -1, passed: true });
    expect(steps.find((s) => s.id === 'pct-national-30')).toMatchObject({ passed: false });
  });

  it('keeps the two-month window to restore PCT priority open until its last day, then closes it', () => {
    const within = plan({ firstFiling: '2024-01-31', right: 'invention', route: 'pct', today: '2025-03-31' });
    expect(within.find((s) => s.id === 'pct-filing')!.remedy).toMatchObject({
      kind: 'restore-priority',
      until: '2025-03-31',
      open: true,
    });
    const after = plan({ firstFiling: '2024-01-31', right: 'invention', route: 'pct', today: '2025-04-01' });
    expect(after.find((s) => s.id === 'pct-filing')!.remedy).toMatchObject({
      kind: 'restore-priority',
      until: '2025-03-31',
      open: false,
    });
  });

  it('offers restoring Paris priority for two months only for inventions and utility models', () => {
    for (const right of ['invention', 'utility-model'] as const) {
      const paris = plan({ firstFiling: '2024-01-31', right, route: 'paris', today: '2025-02-01' }).find(
        (s) => s.id === 'paris',
      )!;
      expect(paris.remedy, right).toMatchObject({ kind: 'restore-priority', until: '2025-03-31', open: true });
    }
    for (const right of ['design', 'trademark'] as const) {
      const steps = plan({ firstFiling: '2024-01-31', right, today: '2025-02-01' });
      expect(
        steps.every((s) => s.passed),
        right,
      ).toBe(true);
      expect(
        steps.every((s) => s.remedy === undefined),
        right,
      ).toBe(true);
    }
  });

  it('attaches reinstatement to each national-phase deadline, with an outer limit 12 months after that deadline', () => {
    const steps = plan({
      firstFiling: '2022-01-10',
      right: 'utility-model',
      route: 'pct',
      today: '2024-09-01',
      pctFiled: true,
    });
    // 30 months end on 2024-07-10, 31 months on 2024-08-10: each office's outer limit runs from its own deadline.
    expect(steps.find((s) => s.id === 'pct-national-30')!.remedy).toMatchObject({
      kind: 'reinstate',
      until: '2025-07-10',
      open: true,
    });
    expect(steps.find((s) => s.id === 'pct-national-31')!.remedy).toMatchObject({
      kind: 'reinstate',
      until: '2025-08-10',
      open: true,
    });
  });

  it('closes reinstatement at a 30-month office a month before it closes at a 31-month office', () => {
    const steps = plan({
      firstFiling: '2022-01-10',
      right: 'invention',
      route: 'pct',
      today: '2025-07-11',
      pctFiled: true,
    });
    expect(steps.find((s) => s.id === 'pct-national-30')!.remedy).toMatchObject({ until: '2025-07-10', open: false });
    expect(steps.find((s) => s.id === 'pct-national-31')!.remedy).toMatchObject({ until: '2025-08-10', open: true });
  });

  it('offers no remedy before a deadline passes', () => {
    const early = plan({ firstFiling: '2025-01-10', right: 'invention', today: '2025-02-01' });
    expect(early.every((s) => s.remedy === undefined)).toBe(true);
  });

  it('says by when to ask for the confidentiality examination so CNIPA has its six months before the 12-month deadline', () => {
    const [ahead] = plan({ firstFiling: '2024-02-29', right: 'invention', today: '2024-08-29' });
    expect(ahead.askBy).toMatchObject({ date: '2024-08-29', passed: false, priorityDeadline: '2025-02-28' });
    const [late] = plan({ firstFiling: '2024-02-29', right: 'utility-model', today: '2024-08-30' });
    expect(late.askBy).toMatchObject({ date: '2024-08-29', passed: true, priorityDeadline: '2025-02-28' });
  });

  it('flags a last day on a Saturday or Sunday, and no other', () => {
    // 15 March 2025 is a Saturday, 16 March a Sunday, 17 March a Monday.
    const day = (firstFiling: string) =>
      plan({ firstFiling, right: 'invention', route: 'paris', today: firstFiling }).find((s) => s.id === 'paris')!;
    expect(day('2024-03-15').weekend).toBe(true);
    expect(day('2024-03-16').weekend).toBe(true);
    expect(day('2024-03-17').weekend).toBe(false);
  });

  it('flags a remedy whose last day falls on a weekend', () => {
    // From 2024-01-31 restoration closes on Monday 2025-03-31; from 2024-01-15 on Saturday 2025-03-15.
    const remedy = (firstFiling: string, today: string) =>
      plan({ firstFiling, right: 'invention', route: 'paris', today }).find((s) => s.id === 'paris')!.remedy!;
    expect(remedy('2024-01-31', '2025-02-01').weekend).toBe(false);
    expect(remedy('2024-01-15', '2025-01-20').weekend).toBe(true);
  });

  it('after a PCT first filing, lists only the national phase and says the filing was the request', () => {
    const steps = plan({
      firstFiling: '2024-02-29',
      right: 'invention',
      today: '2024-03-01',
      firstFilingKind: 'pct',
    });
    expect(ids(steps)).toEqual(['confidentiality', 'pct-national-30', 'pct-national-31', 'pct-china-32']);
    expect(steps[0]).toMatchObject({ pctFirst: true });
    expect(steps[0].askBy).toBeUndefined();
    // The PCT application exists, so its dates are not conditional.
    expect(steps.filter((s) => s.ifPctFiled)).toEqual([]);
    const national = plan({ firstFiling: '2024-02-29', right: 'invention', today: '2024-03-01' });
    for (const id of ['pct-national-30', 'pct-national-31', 'pct-china-32'] as const)
      expect(steps.find((s) => s.id === id)!.due, id).toBe(national.find((s) => s.id === id)!.due);
  });

  it('refuses a PCT first filing for a design or trademark, or with another route', () => {
    expect(() =>
      plan({ firstFiling: '2025-01-01', right: 'design', today: '2025-01-02', firstFilingKind: 'pct' }),
    ).toThrow(/invention or a utility model/);
    expect(() =>
      plan({
        firstFiling: '2025-01-01',
        right: 'invention',
        route: 'paris',
        today: '2025-01-02',
        firstFilingKind: 'pct',
      }),
    ).toThrow(/route is "pct"/);
  });

  it('adds a trade fair in date order, and says when it comes before the first filing', () => {
    const after = plan({
      firstFiling: '2025-03-10',
      right: 'design',
      today: '2025-03-11',
      tradeFair: '2025-05-20',
    });
    expect(after.map((s) => [s.id, s.due])).toEqual([
      ['trade-fair', '2025-05-20'],
      ['paris', '2025-09-10'],
      ['hague', '2025-09-10'],
    ]);
    expect(after[0].beforeFirstFiling).toBe(false);
    const before = plan({
      firstFiling: '2025-03-10',
      right: 'trademark',
      today: '2025-03-01',
      tradeFair: '2025-03-05',
    });
    expect(before.find((s) => s.id === 'trade-fair')).toMatchObject({ beforeFirstFiling: true, passed: false });
    expect(() =>
      plan({ firstFiling: '2025-03-10', right: 'design', today: '2025-03-11', tradeFair: '2025-02-30' }),
    ).toThrow(/tradeFair/);
  });

  it('sends a fair before the first filing to the confidentiality step only where the plan has one', () => {
    const fairFirst = { firstFiling: '2025-03-10', right: 'invention', today: '2025-03-01', tradeFair: '2025-03-05' };
    for (const madeInChina of ['yes', 'unsure', 'no'] as const) {
      const fair = plan({ ...fairFirst, madeInChina } as PlanInput).find((s) => s.id === 'trade-fair');
      expect(fair?.confidentialityFirst, madeInChina).toBe(madeInChina === 'no' ? undefined : true);
    }
  });

  it('after a first filing abroad gives no date to ask by but a warning, for a national or a PCT first filing', () => {
    for (const firstFilingKind of ['national', 'pct'] as const) {
      const [first] = plan({
        firstFiling: '2025-03-10',
        right: 'invention',
        today: '2025-03-11',
        firstFilingKind,
        firstFilingPlace: 'abroad',
      });
      expect(first, firstFilingKind).toMatchObject({ id: 'confidentiality', filedAbroadFirst: true });
      expect(first.askBy, firstFilingKind).toBeUndefined();
      expect(first.pctFirst, firstFilingKind).toBeUndefined();
    }
    const [home] = plan({ firstFiling: '2025-03-10', right: 'invention', today: '2025-03-11' });
    expect(home.filedAbroadFirst).toBeUndefined();
    expect(home.askBy).toBeDefined();
  });

  it('counts a PCT first filing as the request only when it was filed with CNIPA', () => {
    const [withCnipa] = plan({
      firstFiling: '2025-03-10',
      right: 'utility-model',
      today: '2025-03-11',
      firstFilingKind: 'pct',
    });
    expect(withCnipa).toMatchObject({ pctFirst: true });
    expect(withCnipa.filedAbroadFirst).toBeUndefined();
  });

  it('refuses an invention, utility model or design without the place of the first filing, naming the choices', () => {
    for (const right of ['invention', 'utility-model', 'design'] as const)
      expect(
        () => planFiling({ firstFiling: '2025-03-10', right, today: '2025-03-11', madeInChina: 'no' }),
        right,
      ).toThrow(/firstFilingPlace is "undefined"[\s\S]*"china"[\s\S]*"abroad"/);
    // CNIPA's priority rules in the planner are for patents and designs: a trademark's place is not asked.
    expect(() => planFiling({ firstFiling: '2025-03-10', right: 'trademark', today: '2025-03-11' })).not.toThrow();
  });

  it('refuses an invention or utility model without saying whether it was completed in China, naming the answers', () => {
    for (const right of ['invention', 'utility-model'] as const)
      for (const madeInChina of [undefined, 'maybe'])
        expect(
          () =>
            planFiling({
              firstFiling: '2025-03-10',
              right,
              today: '2025-03-11',
              firstFilingPlace: 'abroad',
              madeInChina: madeInChina as PlanInput['madeInChina'],
            }),
          `${right} ${madeInChina}`,
        ).toThrow(new RegExp(`madeInChina is "${madeInChina}"[\\s\\S]*"yes", "no" or "unsure"`));
    // A design has no confidentiality examination, so the question is not asked.
    expect(() =>
      planFiling({ firstFiling: '2025-03-10', right: 'design', today: '2025-03-11', firstFilingPlace: 'abroad' }),
    ).not.toThrow();
  });

  it('dates reinstatement two months from today, as if the miss was found today, but never after the outer limit', () => {
    // The 30 months from 2022-01-10 end on 2024-07-10; the outer limit is 2025-07-10.
    const found = plan({
      firstFiling: '2022-01-10',
      right: 'invention',
      route: 'pct',
      today: '2024-07-11',
      pctFiled: true,
    });
    const remedy = found.find((s) => s.id === 'pct-national-30')!.remedy!;
    expect(remedy.until).toBe('2025-07-10');
    expect(remedy.ifFoundToday).toBe(addMonths('2024-07-11', 2));
    // Within two months of the outer limit, the outer limit comes first.
    const nearEnd = plan({
      firstFiling: '2022-01-10',
      right: 'invention',
      route: 'pct',
      today: '2025-06-01',
      pctFiled: true,
    });
    expect(nearEnd.find((s) => s.id === 'pct-national-30')!.remedy!.ifFoundToday).toBe('2025-07-10');
  });

  it("lists CNIPA's 32-month entry for every PCT plan, with no reinstatement once it has passed", () => {
    const ahead = plan({ firstFiling: '2024-01-31', right: 'utility-model', route: 'pct', today: '2024-02-01' });
    expect(ahead.find((s) => s.id === 'pct-china-32')!.due).toBe(addMonths('2024-01-31', 32));
    expect(
      ids(plan({ firstFiling: '2024-01-31', right: 'invention', route: 'paris', today: '2024-02-01' })),
    ).not.toContain('pct-china-32');
    const passed = plan({
      firstFiling: '2022-01-10',
      right: 'invention',
      route: 'pct',
      today: '2024-09-11',
      pctFiled: true,
    });
    const china = passed.find((s) => s.id === 'pct-china-32')!;
    expect(china.passed).toBe(true);
    expect(china.remedy).toBeUndefined();
  });

  it('refuses a route that cannot carry the right, naming the routes that can', () => {
    expect(() => plan({ firstFiling: '2025-01-01', right: 'trademark', route: 'pct', today: '2025-01-02' })).toThrow(
      /madrid, paris/,
    );
  });

  it('refuses a date that does not exist, saying how to write one', () => {
    expect(() => plan({ firstFiling: '2023-02-29', right: 'design', today: '2023-03-01' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('a PCT application that cannot exist', () => {
  const NATIONAL_PHASE = ['pct-national-30', 'pct-national-31', 'pct-china-32'];
  // A utility model first filed with CNIPA on 2025-03-15: priority ends 2026-03-15, restoring it 2026-05-15.
  const firstFiling = '2025-03-15';
  const restoreUntil = addMonths(addMonths(firstFiling, PARIS_PRIORITY_MONTHS['utility-model']), 2);
  const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

  it('lists no national-phase dates once the priority year and the two months to restore it are over', () => {
    const today = addMonths(restoreUntil, 7);
    for (const route of [undefined, 'pct'] as const) {
      const steps = plan({ firstFiling, right: 'utility-model', route, today });
      expect(
        ids(steps).filter((id) => NATIONAL_PHASE.includes(id)),
        `${route}`,
      ).toEqual([]);
      const filing = steps.find((s) => s.id === 'pct-filing')!;
      expect(filing, `${route}`).toMatchObject({ passed: true, noPctApplication: true });
      expect(filing.remedy, `${route}`).toMatchObject({ open: false });
    }
  });

  it('keeps the national-phase dates up to the last day priority can be restored, and drops them the day after', () => {
    const lastDay = plan({ firstFiling, right: 'invention', today: restoreUntil });
    expect(ids(lastDay)).toEqual(expect.arrayContaining(NATIONAL_PHASE));
    // No PCT application has been filed yet: its dates hold only if one is, and the steps say so.
    for (const step of lastDay.filter((s) => NATIONAL_PHASE.includes(s.id)))
      expect(step.ifPctFiled, step.id).toBe(true);
    expect(lastDay.find((s) => s.id === 'pct-filing')!.noPctApplication).toBeUndefined();
    const dayAfter = plan({ firstFiling, right: 'invention', today: nextDay(restoreUntil) });
    expect(ids(dayAfter).some((id) => NATIONAL_PHASE.includes(id))).toBe(false);
  });

  it('keeps the national-phase dates, and no PCT filing step, when the reader says a PCT application was filed', () => {
    const today = addMonths(restoreUntil, 7);
    const steps = plan({ firstFiling, right: 'utility-model', today, pctFiled: true });
    expect(ids(steps)).toEqual(['confidentiality', 'paris', ...NATIONAL_PHASE]);
    expect(steps.find((s) => s.id === 'pct-national-30')).toMatchObject({
      due: addMonths(firstFiling, 30),
      passed: false,
    });
    // Filed: the dates are running, not conditional.
    for (const step of steps.filter((s) => NATIONAL_PHASE.includes(s.id)))
      expect(step.ifPctFiled, step.id).toBeUndefined();
    // The PCT application was the request only if filed with CNIPA, so no ask-by date is given either way.
    expect(steps[0]).toMatchObject({ id: 'confidentiality', pctFiled: true });
    expect(steps[0].askBy).toBeUndefined();
  });

  it('stops advising to file a PCT application before the 12-month deadline once that deadline has passed', () => {
    const priority = addMonths(firstFiling, 12);
    const [onTheDay] = plan({ firstFiling, right: 'utility-model', today: priority });
    expect(onTheDay.askBy).toMatchObject({ passed: true, priorityPassed: false });
    const [after] = plan({ firstFiling, right: 'utility-model', today: addMonths(restoreUntil, 7) });
    expect(after.askBy).toMatchObject({ passed: true, priorityPassed: true });
  });

  it('knows a PCT application can still claim priority within the priority year and the two months after it only', () => {
    expect(canStillFilePct(firstFiling, 'invention', firstFiling)).toBe(true);
    expect(canStillFilePct(firstFiling, 'invention', restoreUntil)).toBe(true);
    expect(canStillFilePct(firstFiling, 'invention', nextDay(restoreUntil))).toBe(false);
    for (const right of ['design', 'trademark'] as const)
      expect(canStillFilePct(firstFiling, right, firstFiling)).toBe(false);
  });

  it('refuses a filed PCT application for a design or trademark', () => {
    expect(() => plan({ firstFiling, right: 'trademark', today: firstFiling, pctFiled: true })).toThrow(/pctFiled/);
  });
});

describe('a first filing still to come', () => {
  it('lists filing the first application on that day as the first dated step, for every right', () => {
    for (const right of RIGHT_KINDS) {
      const steps = plan({ firstFiling: '2026-03-14', right, today: '2026-01-10' });
      const dated = steps.filter((s) => s.due);
      expect(dated[0], right).toMatchObject({
        id: 'first-filing',
        due: '2026-03-14',
        daysLeft: daysBetween('2026-01-10', '2026-03-14'),
        passed: false,
      });
    }
  });

  it('puts the confidentiality examination before it for inventions and utility models', () => {
    for (const right of ['invention', 'utility-model'] as const)
      expect(ids(plan({ firstFiling: '2026-03-14', right, today: '2026-01-10' })).slice(0, 2), right).toEqual([
        'confidentiality',
        'first-filing',
      ]);
  });

  it('does not flag a planned first filing on a weekend: no office deadline moves it', () => {
    // 14 March 2026 is a Saturday.
    const [, first] = plan({ firstFiling: '2026-03-14', right: 'invention', today: '2026-01-10' });
    expect(first.weekend).toBe(false);
  });

  it('lists no first-filing step on the filing day or after it', () => {
    for (const today of ['2026-03-14', '2026-03-15'])
      expect(ids(plan({ firstFiling: '2026-03-14', right: 'design', today })), today).not.toContain('first-filing');
  });

  it('before a first filing abroad asks for the examination first, without saying the rule may be broken', () => {
    const [future] = plan({
      firstFiling: '2026-03-14',
      right: 'invention',
      today: '2026-01-10',
      firstFilingPlace: 'abroad',
    });
    expect(future).toMatchObject({ id: 'confidentiality', beforeFirstFiling: true });
    expect(future.filedAbroadFirst).toBeUndefined();
    const [past] = plan({
      firstFiling: '2026-03-14',
      right: 'invention',
      today: '2026-03-14',
      firstFilingPlace: 'abroad',
    });
    expect(past.filedAbroadFirst).toBe(true);
  });
});

describe('where the invention was completed, and where it was first filed', () => {
  const MADE = ['yes', 'no', 'unsure'] as const;
  const PLACES = ['china', 'abroad'] as const;

  it('lists the confidentiality examination only unless the reader says the invention was completed outside China, and filing in China only after a first filing outside it', () => {
    for (const right of RIGHT_KINDS)
      for (const madeInChina of isPatentRight(right) ? MADE : [undefined])
        for (const firstFilingPlace of right === 'trademark' ? [undefined] : PLACES) {
          const label = `${right} made in China: ${madeInChina} first filed: ${firstFilingPlace}`;
          const steps = plan({ firstFiling: '2025-03-10', right, today: '2025-03-11', madeInChina, firstFilingPlace });
          const confidentiality = steps.find((s) => s.id === 'confidentiality');
          expect(Boolean(confidentiality), label).toBe(isPatentRight(right) && madeInChina !== 'no');
          // Not sure: the step holds if the invention was completed in China, and says so.
          expect(confidentiality?.ifMadeInChina, label).toBe(madeInChina === 'unsure' ? true : undefined);
          const inChina = steps.find((s) => s.id === 'china-filing');
          expect(Boolean(inChina), label).toBe(firstFilingPlace === 'abroad');
          if (inChina) expect(inChina.due, label).toBe(addMonths('2025-03-10', PARIS_PRIORITY_MONTHS[right]));
          const copy = steps.find((s) => s.id === 'china-copy');
          expect(Boolean(copy), label).toBe(firstFilingPlace === 'abroad' && isPatentRight(right));
          if (copy) expect(copy.due, label).toBe(addMonths('2025-03-10', CHINA_PRIORITY_COPY_MONTHS));
        }
  });

  it('gives the German first filing of an invention made in Germany no confidentiality warning and the dates for China', () => {
    // First filed at the German office on 10 March 2025, wanted in China.
    const steps = plan({
      firstFiling: '2025-03-10',
      right: 'invention',
      today: '2025-06-02',
      firstFilingPlace: 'abroad',
      madeInChina: 'no',
    });
    expect(steps.some((s) => s.filedAbroadFirst || s.beforeFirstFiling)).toBe(false);
    expect(ids(steps).slice(0, 3)).toEqual(['china-filing', 'paris', 'pct-filing']);
    expect(steps.find((s) => s.id === 'china-filing')).toMatchObject({ due: '2026-03-10', passed: false });
    expect(steps.find((s) => s.id === 'china-copy')).toMatchObject({ due: '2026-07-10', passed: false });
  });

  it('gives a design first filed outside China six months to file in China and no dated copy step', () => {
    const steps = plan({ firstFiling: '2025-03-10', right: 'design', today: '2025-03-11', firstFilingPlace: 'abroad' });
    expect(steps.map((s) => [s.id, s.due])).toEqual([
      ['china-filing', '2025-09-10'],
      ['paris', '2025-09-10'],
      ['hague', '2025-09-10'],
    ]);
  });

  it('after a first filing outside China keeps the warning when the invention was, or may have been, completed in China', () => {
    for (const madeInChina of ['yes', 'unsure'] as const) {
      const [first] = plan({
        firstFiling: '2025-03-10',
        right: 'utility-model',
        today: '2025-03-11',
        firstFilingPlace: 'abroad',
        madeInChina,
      });
      expect(first, madeInChina).toMatchObject({ id: 'confidentiality', filedAbroadFirst: true });
    }
  });

  it('not sure about China keeps the day to ask by after a first filing with CNIPA, as a condition', () => {
    const [step] = plan({ firstFiling: '2024-02-29', right: 'invention', today: '2024-03-01', madeInChina: 'unsure' });
    expect(step).toMatchObject({ id: 'confidentiality', ifMadeInChina: true, askBy: { date: '2024-08-29' } });
  });

  it('offers restoring a passed China priority for two months for inventions and utility models, never for designs', () => {
    const abroad = { firstFilingPlace: 'abroad' as const, madeInChina: 'no' as const, route: 'paris' as const };
    for (const right of ['invention', 'utility-model'] as const) {
      const step = plan({ ...abroad, firstFiling: '2024-01-31', right, today: '2025-02-01' }).find(
        (s) => s.id === 'china-filing',
      )!;
      expect(step, right).toMatchObject({ passed: true, remedy: { kind: 'restore-priority', until: '2025-03-31' } });
    }
    const design = plan({ ...abroad, firstFiling: '2024-01-31', right: 'design', today: '2024-08-01' }).find(
      (s) => s.id === 'china-filing',
    )!;
    expect(design.passed).toBe(true);
    expect(design.remedy).toBeUndefined();
  });

  it('files in China by the Paris route only: the PCT route and a PCT first filing reach China by the national phase', () => {
    const abroad = { firstFiling: '2025-03-10', today: '2025-03-11', firstFilingPlace: 'abroad' as const };
    const pctRoute = plan({ ...abroad, right: 'invention', route: 'pct', madeInChina: 'no' });
    expect(ids(pctRoute)).not.toContain('china-filing');
    expect(ids(pctRoute)).not.toContain('china-copy');
    const pctFirst = plan({ ...abroad, right: 'invention', firstFilingKind: 'pct', madeInChina: 'no' });
    expect(ids(pctFirst)).not.toContain('china-filing');
    expect(ids(pctFirst)).toContain('pct-china-32');
  });

  it("says on CNIPA's 32-month entry who must appoint a Chinese patent agency, after a first filing outside China only", () => {
    for (const firstFilingPlace of PLACES) {
      const china = plan({
        firstFiling: '2025-03-10',
        right: 'invention',
        today: '2025-03-11',
        firstFilingPlace,
        madeInChina: 'no',
      }).find((s) => s.id === 'pct-china-32')!;
      expect(china.agencyRule, firstFilingPlace).toBe(firstFilingPlace === 'abroad' ? true : undefined);
    }
  });
});

describe('paperChecklist', () => {
  it('gives the same day to ask for the confidentiality examination by as the computed checklist', () => {
    const [confidentiality] = paperChecklist();
    for (const { right, months } of confidentiality.askByMonths!) {
      const [step] = plan({ firstFiling: '2024-02-29', right, today: '2024-03-01' });
      expect(addMonths('2024-02-29', months), right).toBe(step.askBy!.date);
    }
  });

  it('lists every dated step the computed checklist can show, with the same periods', () => {
    const paper = paperChecklist();
    const computed = plan({
      firstFiling: '2024-01-31',
      right: 'invention',
      today: '2024-02-01',
      tradeFair: '2024-03-01',
    });
    for (const step of computed)
      expect(
        paper.map((p) => p.id),
        step.id,
      ).toContain(step.id);
    const china = paper.find((p) => p.id === 'pct-china-32')!.rights[0];
    expect(addMonths('2024-01-31', china.months!)).toBe(computed.find((s) => s.id === 'pct-china-32')!.due);
  });

  it('lists filing in China with the computed periods, for a first filing outside China only', () => {
    const paper = paperChecklist();
    for (const right of ['invention', 'design'] as const) {
      const computed = plan({
        firstFiling: '2024-01-31',
        right,
        today: '2024-02-01',
        firstFilingPlace: 'abroad',
        madeInChina: 'no',
      });
      for (const id of ['china-filing', 'china-copy'] as const) {
        const step = computed.find((s) => s.id === id);
        const onPaper = paper.find((p) => p.id === id)!;
        expect(onPaper.condition, id).toBe('first-filing-abroad');
        const months = onPaper.rights.find((r) => r.right === right)?.months;
        expect(step?.due, `${right} ${id}`).toBe(months === undefined ? undefined : addMonths('2024-01-31', months));
      }
    }
    expect(paper.find((p) => p.id === 'confidentiality')!.condition).toBe('made-in-china');
  });
});

describe('daysBetween', () => {
  it('counts across a leap day and a year end', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-01-01', '2024-12-31')).toBe(-1);
  });
});
