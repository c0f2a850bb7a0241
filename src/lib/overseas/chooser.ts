// The "which route?" chooser: from what you protect and in how many countries, the usual route abroad
// and the bodies that help with it. The routes follow the treaties' scope: PCT for inventions (and utility
// models), the Hague System for industrial designs, the Madrid System for trademarks; the Paris Convention
// route (filing directly in each country within the priority period) suits a few countries.
import type { RightKind } from './deadlines.ts';

export type Route = 'pct' | 'paris' | 'hague' | 'madrid';
export type CountryCount = 'few' | 'many';

export interface RouteAdvice {
  route: Route;
  /** The other route worth knowing about. */
  alternative: Route;
  /** Service bodies (slugs under /services/) that help with this route. */
  services: string[];
}

const HELP_FILING = ['protection-centre', 'tisc-baiteng'];
const HELP_TRADEMARK = ['trademark-window', 'brand-guidance-station'];

export function chooseRoute(right: RightKind, countries: CountryCount): RouteAdvice {
  if (right === 'trademark') {
    return { route: countries === 'many' ? 'madrid' : 'paris', alternative: countries === 'many' ? 'paris' : 'madrid', services: HELP_TRADEMARK };
  }
  if (right === 'design') {
    return { route: countries === 'many' ? 'hague' : 'paris', alternative: countries === 'many' ? 'paris' : 'hague', services: HELP_FILING };
  }
  return { route: countries === 'many' ? 'pct' : 'paris', alternative: countries === 'many' ? 'paris' : 'pct', services: HELP_FILING };
}

export const RIGHT_KINDS: RightKind[] = ['invention', 'utility-model', 'design', 'trademark'];
export const COUNTRY_COUNTS: CountryCount[] = ['few', 'many'];
