// The confidentiality examination step (Patent Law 2020, Art. 19): what the first filing's place, kind and
// date leave the applicant to do, and by when to ask.
import { describe, expect, it } from 'vitest';
import { confidentialityStep, needsConfidentialityStep } from '../../src/lib/overseas/confidentiality.ts';
import type { PlanInput } from '../../src/lib/overseas/planInput.ts';

// A first filing of an invention with CNIPA on 29 February 2024: its 12-month priority ends on 28 February 2025.
const PRIORITY = '2025-02-28';
const step = (input: Partial<PlanInput>) =>
  confidentialityStep(
    {
      firstFiling: '2024-02-29',
      right: 'invention',
      today: '2024-03-01',
      firstFilingPlace: 'china',
      madeInChina: 'yes',
      ...input,
    },
    PRIORITY,
  );

describe('confidentialityStep', () => {
  it('is undated and never passed, whatever the first filing', () => {
    for (const input of [{}, { firstFilingPlace: 'abroad' as const }, { firstFilingKind: 'pct' as const }]) {
      const result = step(input);
      expect(result, JSON.stringify(input)).toMatchObject({ id: 'confidentiality', passed: false });
      expect(result).not.toHaveProperty('due');
    }
  });

  it('asks by six months before the priority deadline, so CNIPA has its longest period to decide', () => {
    expect(step({ today: '2024-08-29' }).askBy).toEqual({
      date: '2024-08-29',
      daysLeft: 0,
      passed: false,
      priorityDeadline: PRIORITY,
      priorityPassed: false,
    });
    expect(step({ today: '2024-08-30' }).askBy).toMatchObject({ daysLeft: -1, passed: true, priorityPassed: false });
  });

  it('says when the priority deadline itself has passed, from the day after it', () => {
    expect(step({ today: PRIORITY }).askBy?.priorityPassed).toBe(false);
    expect(step({ today: '2025-03-01' }).askBy?.priorityPassed).toBe(true);
  });

  it('counts a PCT first filing with CNIPA as the request, with no date to ask by', () => {
    const result = step({ firstFilingKind: 'pct' });
    expect(result.pctFirst).toBe(true);
    expect(result.askBy).toBeUndefined();
  });

  it('gives way to words on both cases once the reader says a PCT application was filed', () => {
    const result = step({ pctFiled: true });
    expect(result.pctFiled).toBe(true);
    expect(result.askBy).toBeUndefined();
  });

  it('before a first filing abroad asks for the examination first; on or after its day warns of a breach', () => {
    const abroad = { firstFiling: '2026-03-14', firstFilingPlace: 'abroad' as const };
    expect(step({ ...abroad, today: '2026-03-13' })).toMatchObject({ beforeFirstFiling: true });
    expect(step({ ...abroad, today: '2026-03-13' }).filedAbroadFirst).toBeUndefined();
    for (const today of ['2026-03-14', '2026-03-15']) {
      const result = step({ ...abroad, today });
      expect(result.filedAbroadFirst, today).toBe(true);
      expect(result.askBy, today).toBeUndefined();
    }
  });

  it('treats a PCT first filing made abroad as a filing abroad, not as the request', () => {
    const result = step({ firstFilingKind: 'pct', firstFilingPlace: 'abroad' });
    expect(result.filedAbroadFirst).toBe(true);
    expect(result.pctFirst).toBeUndefined();
  });

  it('is needed for an invention or utility model unless it was completed outside China, never for a design or trademark', () => {
    const base = { firstFiling: '2024-02-29', today: '2024-03-01' };
    for (const right of ['invention', 'utility-model'] as const) {
      expect(needsConfidentialityStep({ ...base, right, madeInChina: 'yes' }), right).toBe(true);
      expect(needsConfidentialityStep({ ...base, right, madeInChina: 'unsure' }), right).toBe(true);
      expect(needsConfidentialityStep({ ...base, right, madeInChina: 'no' }), right).toBe(false);
    }
    for (const right of ['design', 'trademark'] as const)
      expect(needsConfidentialityStep({ ...base, right, madeInChina: 'yes' }), right).toBe(false);
  });

  it('holds only as a condition when the reader is not sure the invention was completed in China, whatever else it says', () => {
    for (const input of [{}, { firstFilingPlace: 'abroad' as const }, { firstFilingKind: 'pct' as const }]) {
      expect(step({ ...input, madeInChina: 'unsure' }).ifMadeInChina, JSON.stringify(input)).toBe(true);
      expect(step({ ...input, madeInChina: 'yes' }).ifMadeInChina, JSON.stringify(input)).toBeUndefined();
    }
    expect(step({ madeInChina: 'unsure' }).askBy).toEqual(step({ madeInChina: 'yes' }).askBy);
  });
});
