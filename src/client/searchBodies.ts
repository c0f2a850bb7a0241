// Service bodies a query names by their data rather than by their words (Pagefind filters on the service
// pages): the bodies of a district the query names (武进 专利 → the bodies in 武进区), and, for a question
// asking for a phone number, the bodies that can be reached and serve the same needs as the bodies found
// (专利纠纷 电话 → 12330, when the mediation committee found first lists no contact of its own).
import type { Place } from '../lib/search/places.ts';
import { placesIn } from '../lib/search/places.ts';

interface FilteredSearch {
  search(
    q: string | null,
    o: { filters: Record<string, string | { any: string[] }> },
  ): Promise<{ results: Array<{ id: string }> }>;
}

/** Few enough to read at a glance: a district has a handful of bodies, a need one or two that can be called. */
const MAX_BODIES = 4;

/** Ids of the Pagefind results for the bodies in the districts the query names. */
export async function bodiesInPlaces<T extends { id: string }>(
  pf: FilteredSearch,
  query: string,
  places: Place[],
): Promise<T[]> {
  const named = placesIn(query, places);
  if (!named.length) return [];
  const { results } = await pf.search(null, { filters: { type: 'service', district: { any: named } } });
  return results.slice(0, MAX_BODIES) as T[];
}

/** The bodies with a contact of their own that serve any of `needs` (and are not among `shown`). */
export async function bodiesToCall<T extends { id: string }>(
  pf: FilteredSearch,
  needs: string[],
  shown: Set<string>,
): Promise<T[]> {
  if (!needs.length) return [];
  const { results } = await pf.search(null, {
    filters: { type: 'service', contact: 'listed', need: { any: [...new Set(needs)] } },
  });
  return results.filter((r) => !shown.has(r.id)).slice(0, 2) as T[];
}
