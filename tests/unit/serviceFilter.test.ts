// The services finder's filter: a district choice keeps the bodies that serve the whole city or country.
import { describe, expect, it } from 'vitest';
import { matchesFilter, servesDistrict, shownSummary } from '../../src/lib/services/filter.ts';

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
