// The "which route?" chooser: from what you protect and in how many countries, the usual route abroad
// and the bodies that help with it. The routes follow the treaties' scope: PCT for inventions (and utility
// models), the Hague System for industrial designs, the Madrid System for trademarks; the Paris Convention
// route (filing directly in each country within the priority period) suits a few countries. Regional offices
// grant one right for several countries of a region; which rights each grants is listed in REGIONAL_FOR.
import { isPatentRight, type RightKind } from './deadlines.ts';

export type Route = 'pct' | 'paris' | 'hague' | 'madrid';
export type CountryCount = 'few' | 'many';
export type RegionalOffice = 'epo' | 'euipo' | 'aripo' | 'oapi' | 'eapo';

export interface RouteAdvice {
  route: Route;
  /** The other route worth knowing about. */
  alternative: Route;
  /** Services (slugs under /services/) that help with this route. */
  services: string[];
  /**
   * Inventions and utility models completed in China need CNIPA's confidentiality examination before
   * any foreign or PCT filing (Patent Law 2020, Art. 19): the answer starts with it.
   */
  confidentialityFirst: boolean;
  /**
   * The chooser does not know the first filing date, so where it recommends the Paris route for an invention
   * or utility model it says when the PCT is the safer one: late in the priority year the examination (up
   * to 6 months, Implementing Regulations 2023, Art. 9) may not end in time, while a PCT application filed
   * with CNIPA counts as the request (Art. 8(3)) and keeps the priority (PCT Art. 8).
   */
  pctWhenPriorityYearShort: boolean;
  /** Regional offices that grant this kind of right for several countries at once. */
  regional: RegionalOffice[];
}

const HELP_FILING = ['protection-centre', 'tisc-baiteng'];
const HELP_TRADEMARK = ['trademark-window', 'brand-guidance-station'];

/** The international route made for each kind of right; Paris works for all of them. */
const SYSTEM_FOR: Record<RightKind, Route> = {
  invention: 'pct',
  'utility-model': 'pct',
  design: 'hague',
  trademark: 'madrid',
};

/**
 * Regional offices by the rights they grant: the EPO grants European patents but no utility models; EUIPO
 * the EU trade mark and the registered EU design; ARIPO patents, utility models and designs (Harare
 * Protocol) and marks (Banjul Protocol); OAPI all four (Bangui Agreement); EAPO Eurasian patents, and
 * Eurasian design patents since 1 June 2021 (Protocol on the Protection of Industrial Designs to the Eurasian
 * Patent Convention).
 */
const REGIONAL_FOR: Record<RightKind, RegionalOffice[]> = {
  invention: ['epo', 'eapo', 'aripo', 'oapi'],
  'utility-model': ['aripo', 'oapi'],
  design: ['euipo', 'eapo', 'aripo', 'oapi'],
  trademark: ['euipo', 'aripo', 'oapi'],
};

/** The routes that can carry a kind of right abroad: its international system and the Paris route. */
export function routesFor(right: RightKind): Route[] {
  return [SYSTEM_FOR[right], 'paris'];
}

export function chooseRoute(right: RightKind, countries: CountryCount): RouteAdvice {
  const system = SYSTEM_FOR[right];
  const route = countries === 'many' ? system : 'paris';
  return {
    route,
    alternative: countries === 'many' ? 'paris' : system,
    services: right === 'trademark' ? HELP_TRADEMARK : HELP_FILING,
    confidentialityFirst: isPatentRight(right),
    pctWhenPriorityYearShort: isPatentRight(right) && route === 'paris',
    regional: REGIONAL_FOR[right],
  };
}

export const RIGHT_KINDS: RightKind[] = ['invention', 'utility-model', 'design', 'trademark'];
export const COUNTRY_COUNTS: CountryCount[] = ['few', 'many'];
