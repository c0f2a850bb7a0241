// After a first filing in the Taiwan region or the Hong Kong SAR the planner dates the mainland filing alone: what
// the checklist says instead of the Paris, PCT and Hague dates, and the two addresses it links to. The words are the
// dictionaries' (planner.region*); this module says which of them apply and where their sources are.
import { isPatentRight, type RightKind } from './deadlines.ts';

/**
 * The day WIPO's page for China under the PCT was read (its address is the dictionaries' planner.regionPctSourceUrl,
 * an English page, so a language's code is in it): entry into force 1 January 1994, "applies also to Hong Kong,
 * China with effect from July 1, 1997", "not applicable to Macao, China". The checklist says only that.
 */
export const PCT_CHINA_PAGE = { read: '2026-12-08' } as const;

/**
 * CNIPA's 专利代理管理系统, which lists the patent agencies and attorneys: the agency finder the foreign-companies
 * guide cites in {#who-files} (a unit test holds the two to one address).
 */
export const PATENT_AGENCY_FINDER = 'https://dlgl.cnipa.gov.cn/';

/** Which routes' rules the note gives: the PCT for inventions and utility models, the Hague system for designs. */
export function regionRouteRules(right: RightKind): 'pct' | 'hague' {
  return isPatentRight(right) ? 'pct' : 'hague';
}
