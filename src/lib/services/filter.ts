// The services finder's filter rule, shared by the page script and the tests.
import { entryAbout, isSubject } from './subjects.ts';

export interface ServiceFilter {
  /** One of the needs, or a subject (patent, trademark: src/lib/services/subjects.ts), or '' for all. */
  need: string;
  district: string;
}

/** Areas wider than one district: a body recorded with one of them serves every district. */
export const WIDE_AREAS: readonly string[] = ['citywide', 'national'];

/** A body whose district neither the plan nor a source gives: listed under its needs, offered under no district. */
export const UNSTATED_AREA = 'unstated';

/** One district a reader can live in and choose: not a wider area, not "not stated". */
export function isOneDistrict(area: string): boolean {
  return !WIDE_AREAS.includes(area) && area !== UNSTATED_AREA;
}

/** A body that serves the whole country serves the city, and a body that serves the whole city serves each of its
 *  districts: choosing 武进区 still shows the city's rights assistance centre and the national 12330 line. */
export function servesDistrict(area: string, chosen: string): boolean {
  if (!chosen || area === chosen || area === 'national') return true;
  return area === 'citywide' && chosen !== 'national';
}

/** A card in a need group shows when the group is the chosen need (or none is chosen), or, under a subject, when
 *  the entry is about it (专利: the protection centre under 快速审查, not under 纠纷与维权, where it stands
 *  with every body that handles IP disputes); and when the body serves the district. */
export function matchesFilter(
  card: { needs: string[]; district: string; kind?: string },
  filter: ServiceFilter,
  group: string,
): boolean {
  if (isSubject(filter.need)) {
    if (!entryAbout(filter.need, { need: group, kind: card.kind ?? '' })) return false;
  } else if (filter.need && (group !== filter.need || !card.needs.includes(filter.need))) return false;
  return servesDistrict(card.district, filter.district);
}

/** Whether the reader has narrowed the finder: the full lists by district are then folded away. */
export function isFiltering(filter: ServiceFilter): boolean {
  return Boolean(filter.need || filter.district);
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

/** What the finder shows, counted as the reader sees it: the bodies (a body under two needs is one body) and the
 *  entries (it appears twice); under a district, how many bodies are that district's own and how many serve the
 *  whole city or country, so "武进区: 14" says why most of the 14 are not in 武进区. */
export interface ShownSummary {
  bodies: number;
  entries: number;
  /** Only when one district (not a wider area) is chosen. */
  own?: number;
  wider?: number;
}

export function shownSummary(cards: Array<{ service: string; district: string }>, chosen: string): ShownSummary {
  const areas = new Map(cards.map((card) => [card.service, card.district]));
  const summary: ShownSummary = { bodies: areas.size, entries: cards.length };
  if (!chosen || WIDE_AREAS.includes(chosen)) return summary;
  const own = [...areas.values()].filter((area) => area === chosen).length;
  return { ...summary, own, wider: areas.size - own };
}
