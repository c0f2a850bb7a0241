// Every word the filing planner's script needs (src/client/plannerSteps.ts, PlannerLabels), handed over as
// data on the form so the script carries no language of its own.
import { RIGHT_KINDS } from '../lib/overseas/chooser.ts';
import { PLAN_STEP_IDS, type PlanStepId, type RegionStepId } from '../lib/overseas/planner.ts';
import type { RegionRules } from '../lib/overseas/regionRules.ts';
import { REGION_PLACES, type RegionPlace } from '../lib/overseas/planInput.ts';
import { PATENT_AGENCY_FINDER, PCT_CHINA_PAGE } from '../lib/overseas/regionRoutes.ts';
import type { Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/t.ts';
import { LOCALE_INFO } from '../i18n/localeTable.ts';

/** The mainland filing after a first filing in the Taiwan region or the Hong Kong SAR: its place in the rules. */
const REGION_STEPS: Record<RegionStepId, RegionPlace> = {
  'china-filing-taiwan': 'taiwan',
  'china-filing-hong-kong': 'hong-kong',
};

const byRegion = (words: (place: RegionPlace) => string) =>
  Object.fromEntries(REGION_PLACES.map((place) => [place, words(place)])) as Record<RegionPlace, string>;

export function plannerLabels(lang: Lang, regionRules: RegionRules) {
  const t = useTranslations(lang);
  // What to do is the guide's rule, and after it the guide's rule on who must use a patent agency: the same
  // sentences as the foreign-companies guide, with their citations, on screen and in the .ics file.
  const todo = (id: PlanStepId) =>
    id in REGION_STEPS
      ? regionRules[REGION_STEPS[id as RegionStepId]]
      : t(`step.${id as Exclude<PlanStepId, RegionStepId>}.todo`);
  return {
    locale: LOCALE_INFO[lang].intl,
    invalid: t('planner.invalid'),
    fairInvalid: t('planner.fairInvalid'),
    pctFirstInvalid: t('planner.pctFirstInvalid'),
    placeMissing: t('planner.placeMissing'),
    madeMissing: t('planner.madeMissing'),
    linkInvalid: t('planner.linkInvalid'),
    ifMadeInChina: t('planner.ifMadeInChina'),
    abroadFirstLead: t('planner.abroadFirstLead'),
    abroadFirstLeadMade: t('planner.abroadFirstLeadMade'),
    agencyRule: t('planner.agencyRule'),
    abroadFirst: t('planner.abroadFirst'),
    noPctLead: t('planner.noPctLead'),
    noPct: t('planner.noPct'),
    ifPctFiled: t('planner.ifPctFiled'),
    askByLate: t('planner.askByLate'),
    answers: {
      date: t('planner.date'),
      kind: t('planner.firstKind'),
      right: t('planner.right'),
      place: t('planner.place'),
      made: t('planner.made'),
      pctFiled: t('planner.pctFiled'),
      route: t('planner.answerRoute'),
      fair: t('planner.answerFair'),
    },
    countedFrom: t('planner.countedFrom'),
    beforeFiling: t('planner.beforeFiling'),
    daysLeft: { one: t('planner.daysLeft.one'), other: t('planner.daysLeft.other') },
    passedAgo: { one: t('planner.passedAgo.one'), other: t('planner.passedAgo.other') },
    dueToday: t('planner.dueToday'),
    passed: t('planner.passed'),
    glanceNow: t('planner.glanceNow'),
    glanceAskBy: t('planner.glanceAskBy'),
    glanceIfMade: t('planner.glanceIfMade'),
    stillPossible: t('planner.stillPossible'),
    law: t('planner.law'),
    remedyUntil: t('planner.remedyUntil'),
    remedyOuter: t('planner.remedyOuter'),
    remedyClosed: t('planner.remedyClosed'),
    askBy: t('planner.askBy'),
    askByPassed: t('planner.askByPassed'),
    weekend: t('planner.weekend'),
    holidays: t('planner.holidays'),
    calendarName: t('planner.calendarName'),
    icsRestore: t('planner.icsRestore'),
    icsReinstate: t('planner.icsReinstate'),
    icsAskBy: t('planner.icsAskBy'),
    icsAskNow: t('planner.icsAskNow'),
    icsReinstateLimits: t('planner.icsReinstateLimits'),
    icsReminder: t('planner.icsReminder'),
    icsNone: t('planner.icsNone'),
    region: {
      lead: t('planner.regionOnlyLead'),
      why: byRegion((place) => t(`planner.regionOnly.${place}`)),
      pct: t('planner.regionPct'),
      // The day WIPO's page was read, as a date alone: a source's date, not a deadline's weekday.
      pctList: byRegion((place) =>
        t(`planner.regionPctList.${place}`).replace(
          '{date}',
          new Intl.DateTimeFormat(LOCALE_INFO[lang].intl, { dateStyle: 'long', timeZone: 'UTC' }).format(
            new Date(`${PCT_CHINA_PAGE.read}T00:00:00Z`),
          ),
        ),
      ),
      pctSource: { label: t('planner.regionPctSource'), href: t('planner.regionPctSourceUrl') },
      hague: t('planner.regionHague'),
      ask: t('planner.regionAsk'),
      agencyFinder: { label: t('planner.agencyFinder'), href: PATENT_AGENCY_FINDER },
    },
    allPassedLead: t('planner.allPassedLead'),
    allPassed: Object.fromEntries(RIGHT_KINDS.map((right) => [right, t(`planner.allPassed.${right}`)])),
    rights: Object.fromEntries(RIGHT_KINDS.map((right) => [right, t(`right.${right}`)])),
    steps: Object.fromEntries(
      PLAN_STEP_IDS.map((id) => [
        id,
        {
          title: t(`step.${id}.title`),
          law: t(`step.${id}.law`),
          todo: todo(id),
          ...(id in REGION_STEPS ? { agency: regionRules.agency } : {}),
          // Neither step can pass: the examination has no date, and a first filing is listed only while ahead.
          late: id === 'confidentiality' || id === 'first-filing' ? '' : t(`step.${id}.late`),
          ...(id === 'paris' || id === 'china-filing' ? { lateRestore: t(`step.${id}.lateRestore`) } : {}),
          ...(id === 'confidentiality'
            ? {
                todoPctFirst: t('step.confidentiality.todoPctFirst'),
                todoPctFiled: t('step.confidentiality.todoPctFiled'),
                beforeFirst: t('step.confidentiality.beforeFirst'),
              }
            : {}),
          ...(id === 'trade-fair'
            ? {
                beforeFirst: t('step.trade-fair.beforeFirst'),
                beforeFirstConfidentiality: t('step.trade-fair.beforeFirstConfidentiality'),
              }
            : {}),
        },
      ]),
    ),
  };
}
