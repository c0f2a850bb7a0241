// The services finder's filter: a district choice keeps the bodies that serve the whole city or country.
import { describe, expect, it } from 'vitest';
import { matchesFilter, servesDistrict } from '../../src/lib/services/filter.ts';

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
