// Treaty deadlines and the route chooser, on the dates that trip calendars up.
import { describe, expect, it } from 'vitest';
import { addMonths, filingDeadlines, parseIsoDate } from '../../src/lib/overseas/deadlines.ts';
import { chooseRoute } from '../../src/lib/overseas/chooser.ts';

describe('addMonths (PCT Rule 80.2)', () => {
  it('keeps the day of the month when the later month has it', () => {
    expect(addMonths('2024-03-15', 12)).toBe('2025-03-15');
    expect(addMonths('2024-01-31', 30)).toBe('2026-07-31');
  });
  it('falls back to the last day of a shorter month', () => {
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2022-08-31', 30)).toBe('2025-02-28');
    expect(addMonths('2024-05-31', 6)).toBe('2024-11-30');
  });
  it('handles leap days: 29 February plus a year is 28 February', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });
  it('crosses year ends', () => {
    expect(addMonths('2024-12-31', 1)).toBe('2025-01-31');
    expect(addMonths('2024-11-30', 30)).toBe('2027-05-30');
  });
});

describe('filingDeadlines', () => {
  it("gives 12 months of Paris priority, PCT national phase at 30 and 31 months and CNIPA's 32 for an invention", () => {
    expect(filingDeadlines('2024-02-29', 'invention')).toEqual({
      parisPriority: '2025-02-28',
      pctNationalPhase: '2026-08-29',
      pctLaterNationalPhase: '2026-09-29',
      pctChinaLateEntry: '2026-10-29',
    });
  });
  it('gives 12 months for a utility model', () => {
    expect(filingDeadlines('2023-01-31', 'utility-model').parisPriority).toBe('2024-01-31');
  });
  it('gives 6 months of priority and no PCT dates for designs and trademarks', () => {
    expect(filingDeadlines('2023-08-31', 'design')).toEqual({ parisPriority: '2024-02-29' });
    expect(filingDeadlines('2025-08-31', 'trademark')).toEqual({ parisPriority: '2026-02-28' });
  });
});

describe('parseIsoDate', () => {
  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2024-13-01')).toBeUndefined();
    expect(parseIsoDate('24-01-01')).toBeUndefined();
    expect(parseIsoDate('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
  });
});

describe('chooseRoute', () => {
  it('sends inventions for many countries to the PCT, for a few to the Paris route', () => {
    expect(chooseRoute('invention', 'many').route).toBe('pct');
    expect(chooseRoute('invention', 'few').route).toBe('paris');
  });
  it('sends designs to the Hague System and trademarks to the Madrid System when many countries', () => {
    expect(chooseRoute('design', 'many').route).toBe('hague');
    expect(chooseRoute('trademark', 'many').route).toBe('madrid');
    expect(chooseRoute('trademark', 'many').services).toContain('trademark-window');
  });
  it('names regional offices only for the rights they grant: no EPO for utility models, EUIPO not for patents', () => {
    expect(chooseRoute('invention', 'many').regional).toContain('epo');
    expect(chooseRoute('utility-model', 'many').regional).not.toContain('epo');
    for (const right of ['invention', 'utility-model'] as const)
      expect(chooseRoute(right, 'few').regional).not.toContain('euipo');
    for (const right of ['design', 'trademark'] as const)
      expect(chooseRoute(right, 'many').regional).toContain('euipo');
    // EAPO grants Eurasian design patents (since 1 June 2021) but no trademarks.
    expect(chooseRoute('design', 'many').regional).toContain('eapo');
    expect(chooseRoute('trademark', 'many').regional).not.toContain('eapo');
  });

  it('starts every invention and utility-model answer with the confidentiality examination, and no other', () => {
    for (const countries of ['few', 'many'] as const) {
      expect(chooseRoute('invention', countries).confidentialityFirst).toBe(true);
      expect(chooseRoute('utility-model', countries).confidentialityFirst).toBe(true);
      expect(chooseRoute('design', countries).confidentialityFirst).toBe(false);
      expect(chooseRoute('trademark', countries).confidentialityFirst).toBe(false);
    }
  });

  it('says when the PCT is safer wherever it advises the Paris route for an invention or utility model', () => {
    for (const right of ['invention', 'utility-model'] as const) {
      expect(chooseRoute(right, 'few').route).toBe('paris');
      expect(chooseRoute(right, 'few').pctWhenPriorityYearShort).toBe(true);
      // The PCT is already the advice for many countries.
      expect(chooseRoute(right, 'many').pctWhenPriorityYearShort).toBe(false);
    }
    // Designs and trademarks need no confidentiality examination, so there is no such race against the year.
    for (const right of ['design', 'trademark'] as const)
      for (const countries of ['few', 'many'] as const)
        expect(chooseRoute(right, countries).pctWhenPriorityYearShort).toBe(false);
  });
});
