// The services finder's filter rule, shared by the page script and the tests.
export interface ServiceFilter {
  need: string;
  district: string;
}

/** Areas wider than one district: a body recorded with one of them serves every district. */
export const WIDE_AREAS: readonly string[] = ['citywide', 'national'];

/** A body that serves the whole country serves the city, and a body that serves the whole city serves each of its
 *  districts: choosing 武进区 still shows the city's rights assistance centre and the national 12330 line. */
export function servesDistrict(area: string, chosen: string): boolean {
  if (!chosen || area === chosen || area === 'national') return true;
  return area === 'citywide' && chosen !== 'national';
}

/** A card in a need group shows when the group is the chosen need (or none is chosen) and the body serves the district. */
export function matchesFilter(
  card: { needs: string[]; district: string },
  filter: ServiceFilter,
  group: string,
): boolean {
  if (filter.need && group !== filter.need) return false;
  if (filter.need && !card.needs.includes(filter.need)) return false;
  return servesDistrict(card.district, filter.district);
}

export function filterHash(filter: ServiceFilter): string {
  const params = new URLSearchParams();
  if (filter.need) params.set('need', filter.need);
  if (filter.district) params.set('district', filter.district);
  const text = params.toString();
  return text ? `#${text}` : '';
}

export function parseFilterHash(hash: string): ServiceFilter {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return { need: params.get('need') ?? '', district: params.get('district') ?? '' };
}
