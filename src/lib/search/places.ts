// The districts a query names (武进 专利, "Wujin patent office"): a body's district is data (its `district`,
// a search filter on its page), so a query naming a district finds the bodies there even when their text does
// not say the district's name. The search page hands over each district's name in its language (data-places).
import { typographyOf, type Lang } from '../../i18n/locales.ts';

export interface Place {
  /** The district's id, as the service pages' `district` filter has it (wujin). */
  id: string;
  /** What people call it: its full name and its short form (武进区, 武进 / Wujin District, Wujin). */
  names: string[];
}

/** The names people use for a district: its label, and the label without 区/市 or "District" (武进区 → 武进). */
export function placeNames(label: string, lang: Lang): string[] {
  const short =
    typographyOf(lang) === 'cjk' ? label.replace(/(?<=.{2})[区區市]$/u, '') : label.replace(/\s+District$/i, '');
  return [...new Set([label, short])];
}

/** data-places: "wujin:武进区:武进|jintan:金坛区:金坛" (the page's own conversion may widen the colons). */
export function formatPlaces(places: Place[]): string {
  return places.map((p) => [p.id, ...p.names].join(':')).join('|');
}

export function parsePlaces(attribute: string | undefined): Place[] {
  return (attribute ?? '')
    .split('|')
    .map((part) => part.split(/[:：]/).map((s) => s.trim()))
    .filter((part) => part.length > 1 && part.every(Boolean))
    .map(([id, ...names]) => ({ id, names }));
}

/** The districts named in the query: Chinese names anywhere, Latin names as whole words, in any case. */
export function placesIn(query: string, places: Place[]): string[] {
  const text = query.toLocaleLowerCase('und');
  const named = (name: string) =>
    /^[\p{Script=Latin}\s]+$/u.test(name)
      ? new RegExp(`(?<![\\p{L}])${name.toLocaleLowerCase('und')}(?![\\p{L}])`, 'u').test(text)
      : text.includes(name.toLocaleLowerCase('und'));
  return places.filter((place) => place.names.some(named)).map((place) => place.id);
}
