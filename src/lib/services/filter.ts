// The services finder's filter rule, shared by the page script and the tests.
export interface ServiceFilter {
  need: string;
  district: string;
}

/** A card in a need group shows when the group is the chosen need (or none is chosen) and the district matches. */
export function matchesFilter(
  card: { needs: string[]; district: string },
  filter: ServiceFilter,
  group: string,
): boolean {
  if (filter.need && group !== filter.need) return false;
  if (filter.need && !card.needs.includes(filter.need)) return false;
  return !filter.district || card.district === filter.district;
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
