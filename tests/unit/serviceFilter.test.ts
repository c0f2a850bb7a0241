// The services finder's filter: a district choice keeps the bodies that serve the whole city or country, and a
// subject (专利, 商标) finds every entry about it.
import { describe, expect, it } from 'vitest';
import { isFiltering, matchesFilter, servesDistrict, shownSummary } from '../../src/lib/services/filter.ts';
import { SUBJECTS, needsAbout } from '../../src/lib/services/subjects.ts';
import { SERVICE_NEEDS } from '../../src/lib/schemas/service.ts';

describe('servesDistrict', () => {
  it('keeps a city-wide body and a national one under a district', () => {
    expect(servesDistrict('citywide', 'wujin')).toBe(true);
    expect(servesDistrict('national', 'wujin')).toBe(true);
  });
  it('keeps a district body under its own district only', () => {
    expect(servesDistrict('wujin', 'wujin')).toBe(true);
    expect(servesDistrict('jintan', 'wujin')).toBe(false);
  });
  it('keeps national bodies under 全市, but not city bodies under 全国', () => {
    expect(servesDistrict('national', 'citywide')).toBe(true);
    expect(servesDistrict('citywide', 'national')).toBe(false);
  });
  it('keeps every body when no district is chosen', () => {
    expect(servesDistrict('jintan', '')).toBe(true);
  });
});

describe('matchesFilter', () => {
  it('shows a city-wide disputes body in the disputes group when 武进区 is chosen', () => {
    const card = { needs: ['disputes'], district: 'citywide' };
    expect(matchesFilter(card, { need: 'disputes', district: 'wujin' }, 'disputes')).toBe(true);
    expect(matchesFilter(card, { need: 'trademarks', district: 'wujin' }, 'disputes')).toBe(false);
  });
});

describe('shownSummary', () => {
  const cards = [
    { service: 'rights-assistance', district: 'citywide' },
    { service: 'rights-assistance', district: 'citywide' }, // listed under a second need
    { service: 'hotline-12330', district: 'national' },
    { service: 'protection-centre', district: 'wujin' },
  ];
  it('counts a body listed under two needs once, and says how many entries the reader sees', () => {
    expect(shownSummary(cards, '')).toEqual({ bodies: 3, entries: 4 });
  });
  it("splits a district's count into its own bodies and those serving the whole city or country", () => {
    expect(shownSummary(cards, 'wujin')).toEqual({ bodies: 3, entries: 4, own: 1, wider: 2 });
  });
  it('does not split a wider area', () => {
    expect(shownSummary(cards, 'citywide')).toEqual({ bodies: 3, entries: 4 });
  });
});

describe('a subject (专利, 商标) in the finder', () => {
  // Entries as the content records them: the protection centre in Wujin under fast examination and disputes.
  const centre = { needs: ['fast-examination', 'disputes'], district: 'wujin', kind: 'protection-centre' };
  const exchange = { needs: ['financing-transfer'], district: 'citywide', kind: 'patent-exchange' };
  const mediation = { needs: ['disputes'], district: 'citywide', kind: 'dispute-mediation' };

  it('finds the Wujin protection centre under 专利 in 武进区, through its fast-examination entry', () => {
    expect(matchesFilter(centre, { need: 'patent', district: 'wujin' }, 'fast-examination')).toBe(true);
  });
  it('does not list a body under 专利 for a help its pages describe only as IP in general', () => {
    expect(matchesFilter(centre, { need: 'patent', district: '' }, 'disputes')).toBe(false);
    expect(matchesFilter(mediation, { need: 'patent', district: '' }, 'disputes')).toBe(false);
  });
  it('lists a body whose own name says patents under 专利, whatever its need', () => {
    expect(matchesFilter(exchange, { need: 'patent', district: 'wujin' }, 'financing-transfer')).toBe(true);
    expect(matchesFilter(exchange, { need: 'trademark', district: '' }, 'financing-transfer')).toBe(false);
  });
  it('keeps the district rule under a subject', () => {
    expect(matchesFilter(centre, { need: 'patent', district: 'jintan' }, 'fast-examination')).toBe(false);
  });
  it('gives every subject at least one need, so each choice lists bodies', () => {
    for (const subject of SUBJECTS) expect(needsAbout(subject, SERVICE_NEEDS).length, subject).toBeGreaterThan(0);
  });
});

describe('isFiltering', () => {
  it('is on with a need or a district, off with neither (the lists by district then show)', () => {
    expect(isFiltering({ need: '', district: '' })).toBe(false);
    expect(isFiltering({ need: 'patent', district: '' })).toBe(true);
    expect(isFiltering({ need: '', district: 'wujin' })).toBe(true);
  });
});
