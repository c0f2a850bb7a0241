// What the filing planner is asked (the reader's answers), and the checks that turn an impossible combination
// into an error naming the field, the value and the fix.
import { isPatentRight, parseIsoDate, type RightKind } from './deadlines.ts';
import { routesFor, type Route } from './chooser.ts';

/** What the first filing was: a national (or regional) application, or a PCT international application. */
export type FirstFilingKind = 'national' | 'pct';

/**
 * Where the first filing was made: with CNIPA, or with any other office or organisation (the USPTO, the EPO,
 * WIPO's International Bureau…). For an invention or utility model completed in China this decides whether
 * the confidentiality examination can still come first (Patent Law 2020, Art. 19(1); Implementing
 * Regulations 2023, Art. 8(2)(1): filing directly abroad needs the request beforehand). After a first filing
 * outside China it also adds the steps of filing in China with its priority (Patent Law 2020, Arts 29 and 30).
 */
export type FirstFilingPlace = 'china' | 'abroad' | RegionPlace;

/**
 * A first filing in the Taiwan region or the Hong Kong SAR. Its priority is claimed in the mainland under CNIPA's
 * own provisions, not Patent Law Art. 29's foreign priority: for the Taiwan region 《关于台湾同胞专利申请的若干规定》
 * (CNIPA Order No. 58), Arts 2 and 4; for the Hong Kong SAR CNIPA Order No. 10 as amended in 2020. What each says
 * is the foreign-companies guide's (content/pages/…/foreign-companies.md#taiwan-hong-kong-macau), shown as written.
 */
export type RegionPlace = 'taiwan' | 'hong-kong';
export const REGION_PLACES: readonly RegionPlace[] = ['taiwan', 'hong-kong'];
const FIRST_FILING_PLACES: readonly FirstFilingPlace[] = ['china', ...REGION_PLACES, 'abroad'];

/** Whether the first filing was made with CNIPA itself (every other place is an office outside the mainland). */
export function filedWithCnipa(place: FirstFilingPlace | undefined): boolean {
  return place === 'china';
}

export function isRegionPlace(place: string | undefined): place is RegionPlace {
  return (REGION_PLACES as readonly string[]).includes(place ?? '');
}

/**
 * The region whose rules the plan follows: a national first filing of an invention, utility model or design in
 * the Taiwan region or the Hong Kong SAR. The plan then lists the mainland filing alone (planner.ts), and the
 * checklist says why and what the reader can do next (regionRoutes.ts). A PCT first filing is the international
 * application already, whatever office received it, and keeps its national-phase steps.
 */
export function firstFilingRegion(input: PlanInput): RegionPlace | undefined {
  const { firstFilingPlace, right, firstFilingKind } = input;
  return isRegionPlace(firstFilingPlace) && asksFirstFilingPlace(right) && firstFilingKind !== 'pct'
    ? firstFilingPlace
    : undefined;
}

/**
 * Whether the invention or utility model was completed in China: the words of Patent Law 2020, Art. 19(1), which
 * the Implementing Regulations 2023, Art. 8(1), define as its technical solution's substantive content completed
 * within China. Only then is the confidentiality examination needed; a reader who is not sure is told the
 * definition and what to do if it applies.
 */
export type MadeInChina = 'yes' | 'no' | 'unsure';
const MADE_IN_CHINA: readonly MadeInChina[] = ['yes', 'no', 'unsure'];

/**
 * Rights whose first filing place the planner asks: inventions and utility models (the confidentiality step)
 * and designs (filing in China with the first filing's priority, Patent Law 2020, Arts 29 and 30). The planner
 * has no China step for trademarks.
 */
export function asksFirstFilingPlace(right: RightKind): boolean {
  return right !== 'trademark';
}

export interface PlanInput {
  firstFiling: string;
  right: RightKind;
  /** Leave out to see every route open to the right. */
  route?: Route;
  today: string;
  /** Defaults to a national filing. A PCT first filing is already the international application. */
  firstFilingKind?: FirstFilingKind;
  /** Required for inventions, utility models and designs (asksFirstFilingPlace); ignored for trademarks. */
  firstFilingPlace?: FirstFilingPlace;
  /** Required for inventions and utility models, where it decides the confidentiality step; ignored otherwise. */
  madeInChina?: MadeInChina;
  /** The first day of a trade fair where the product will be shown (YYYY-MM-DD), if any. */
  tradeFair?: string;
  /**
   * After a national first filing of an invention or utility model: the reader says a PCT application claiming
   * its priority has been filed. Its national-phase dates are then listed whatever the date; without it they
   * are listed only while such an application can still be filed.
   */
  pctFiled?: boolean;
}

export function checkPlanInput({
  right,
  route,
  firstFilingKind,
  firstFilingPlace,
  madeInChina,
  tradeFair,
  pctFiled,
}: PlanInput): void {
  if (asksFirstFilingPlace(right) && !FIRST_FILING_PLACES.includes(firstFilingPlace!)) {
    throw new Error(
      `发明、实用新型和外观设计须说明首次申请在哪里提出 / firstFilingPlace is "${firstFilingPlace}": for a ${right} say where the first filing was made, "china" (CNIPA), "taiwan", "hong-kong" or "abroad" (any other office)`,
    );
  }
  if (isPatentRight(right) && !MADE_IN_CHINA.includes(madeInChina!)) {
    throw new Error(
      `发明和实用新型须说明是否在中国完成 / madeInChina is "${madeInChina}": for a ${right} say whether it was completed in China, "yes", "no" or "unsure"`,
    );
  }
  if (route && !routesFor(right).includes(route)) {
    throw new Error(
      `途径 ${route} 不适用于 ${right} / route "${route}" does not carry a ${right}: choose one of ${routesFor(right).join(', ')}`,
    );
  }
  if (firstFilingKind === 'pct' && !isPatentRight(right)) {
    throw new Error(
      `PCT国际申请只适用于发明和实用新型 / a PCT first filing carries only an invention or a utility model, not a ${right}: choose "national"`,
    );
  }
  if (firstFilingKind === 'pct' && route && route !== 'pct') {
    throw new Error(
      `首次申请是PCT国际申请的,途径只能是pct / after a PCT first filing the route is "pct", not "${route}": leave the route out or choose pct`,
    );
  }
  if (pctFiled && !isPatentRight(right)) {
    throw new Error(
      `PCT国际申请只适用于发明和实用新型 / pctFiled is set for a ${right}: a PCT application carries only an invention or a utility model, leave pctFiled out`,
    );
  }
  if (tradeFair !== undefined && !parseIsoDate(tradeFair)) {
    throw new Error(`展会日期无效 / tradeFair is not a date: "${tradeFair}" (use YYYY-MM-DD, e.g. 2025-04-15)`);
  }
}
