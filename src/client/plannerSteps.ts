// One item of the filing planner's checklist as HTML: the step's title, its last day and the days left,
// the weekend flag, the ask-by date of the confidentiality examination (or, after a first filing abroad, the
// warning that it may already have been breached; for a reader not sure the invention was completed in China,
// what that means), what can still be done once it has passed, why no national-phase dates follow once no PCT
// application can exist, what to do, and the law. The words arrive as data from PlannerForm.astro (plannerLabels.ts).
import type { RightKind } from '../lib/overseas/deadlines.ts';
import type { PlanStep, PlanStepId } from '../lib/overseas/planner.ts';
import type { RegionPlace } from '../lib/overseas/planInput.ts';

export interface StepWords {
  title: string;
  law: string;
  todo: string;
  late: string;
  lateRestore?: string;
  todoPctFirst?: string;
  todoPctFiled?: string;
  beforeFirst?: string;
  beforeFirstConfidentiality?: string;
  /** After a first filing in the Taiwan region or the Hong Kong SAR: the guide's rule on using a patent agency. */
  agency?: string;
}

export interface PlannerLabels {
  locale: string;
  invalid: string;
  fairInvalid: string;
  pctFirstInvalid: string;
  placeMissing: string;
  madeMissing: string;
  /** An answer in the page's address the form cannot take: "{field}" is the question. */
  linkInvalid: string;
  /** Above the confidentiality step when the reader is not sure the invention was completed in China. */
  ifMadeInChina: string;
  abroadFirstLead: string;
  /** The lead of the warning after a first filing abroad when the reader says the invention was completed in China. */
  abroadFirstLeadMade: string;
  /** Who must appoint a Chinese patent agency (Patent Law 2020, Art. 18(1)), said on CNIPA's 32-month step. */
  agencyRule: string;
  abroadFirst: string;
  /** Said on the PCT-filing step when no PCT application claiming this priority can exist any more. */
  noPctLead: string;
  noPct: string;
  /** Above a national-phase date while no PCT application has been filed: the date holds only if one is. */
  ifPctFiled: string;
  /** The confidentiality step's ask-by note once the priority deadline itself has passed. */
  askByLate: string;
  /** What each answer is called when the checklist restates it (all the answers that change the advice). */
  answers: Record<'date' | 'kind' | 'right' | 'place' | 'made' | 'pctFiled' | 'route' | 'fair', string>;
  /** "Days left are counted from {date}, …": the reader's own today, not the day the page was built. */
  countedFrom: string;
  beforeFiling: string;
  daysLeft: Record<'one' | 'other', string>;
  passedAgo: Record<'one' | 'other', string>;
  dueToday: string;
  passed: string;
  /** The table at a glance, for a step without a date: "act now", "ask by {date}", "if completed in China". */
  glanceNow: string;
  glanceAskBy: string;
  glanceIfMade: string;
  stillPossible: string;
  law: string;
  remedyUntil: string;
  remedyOuter: string;
  remedyClosed: string;
  askBy: string;
  askByPassed: string;
  weekend: string;
  holidays: string;
  calendarName: string;
  icsRestore: string;
  icsReinstate: string;
  icsAskBy: string;
  icsAskNow: string;
  icsReinstateLimits: string;
  icsReminder: string;
  icsNone: string;
  /** After a first filing in the Taiwan region or the Hong Kong SAR: why the mainland step is alone, what next. */
  region: {
    lead: string;
    why: Record<RegionPlace, string>;
    pct: string;
    /** "{link} lists China…": the link is WIPO's page; the day it was read is in the words. */
    pctList: Record<RegionPlace, string>;
    pctSource: { label: string; href: string };
    hague: string;
    /** "… {link}.": the link is CNIPA's agency finder. */
    ask: string;
    agencyFinder: { label: string; href: string };
  };
  /** Once no date is left to act on: the lead, then per right what the overseas guide says can still be done. */
  allPassedLead: string;
  allPassed: Record<RightKind, string>;
  rights: Record<RightKind, string>;
  steps: Record<PlanStepId, StepWords>;
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A note under a step (ask-by date, weekend, a passed fair, what can still be done): each changes what the reader
 *  does, so each is the site's notice (global.css .notice: orange means that and only that). */
const NOTE = 'notice planner-step__note';
const note = (text: string) => element('p', text, NOTE);

/** The remedy's words for a passed step: restoring Paris priority only while its two months are open. */
function lateNote(step: PlanStep, labels: PlannerLabels, formatDate: (iso: string) => string): HTMLElement {
  const words = labels.steps[step.id];
  const late = element('p', undefined, NOTE);
  const remedy = step.remedy;
  // Restoring Paris priority is open to inventions and utility models only, and only for two months: once
  // that window has closed too, what is left is filing without priority (the step's plain "late" words).
  const restoring = remedy?.open && words.lateRestore;
  late.append(element('strong', labels.stillPossible), ` ${restoring ? words.lateRestore : words.late}`);
  if (remedy && (restoring || !words.lateRestore)) {
    // Reinstatement: two months from removal of the cause or the outer limit, whichever comes first (PCT Rule
    // 49.6(b)); {soon} is the last day if the miss was found today.
    const limit = (remedy.kind === 'reinstate' ? labels.remedyOuter : labels.remedyUntil)
      .replace('{date}', formatDate(remedy.until))
      .replace('{soon}', formatDate(remedy.ifFoundToday ?? remedy.until));
    late.append(` ${remedy.open ? limit : labels.remedyClosed}`);
    if (remedy.open && remedy.weekend && remedy.kind !== 'reinstate') late.append(` ${labels.weekend}`);
  }
  return late;
}

/** A dated step's days as the reader counts them: "还剩84天", "今天是最后一天" or, once passed, "12天前". The
 *  checklist's items and its table at a glance (plannerGlance.ts) say it in the same words. */
export function daysText(daysLeft: number, labels: PlannerLabels): string {
  const plural = new Intl.PluralRules(labels.locale);
  const count = (templates: Record<'one' | 'other', string>, n: number) =>
    templates[plural.select(n) === 'one' ? 'one' : 'other'].replace(
      '{n}',
      new Intl.NumberFormat(labels.locale).format(n),
    );
  if (daysLeft < 0) return count(labels.passedAgo, -daysLeft);
  return daysLeft === 0 ? labels.dueToday : count(labels.daysLeft, daysLeft);
}

export function stepItem(step: PlanStep, labels: PlannerLabels, formatDate: (iso: string) => string): HTMLLIElement {
  const words = labels.steps[step.id];
  const item = element('li');
  item.dataset.step = step.id;
  item.dataset.passed = String(step.passed);
  item.append(element('h4', words.title));
  // A reader not sure the invention was completed in China is told what that means before what to do if it was.
  if (step.ifMadeInChina) {
    item.dataset.conditional = 'made-in-china';
    item.append(element('p', labels.ifMadeInChina, 'planner-step__condition'));
  }
  // Before a PCT application is filed its national-phase dates are what they would be, not deadlines running.
  if (step.ifPctFiled) {
    item.dataset.conditional = 'pct';
    item.append(element('p', labels.ifPctFiled, 'planner-step__if'));
  }
  const when = element('p', undefined, 'planner-step__when');
  if (step.due && step.daysLeft !== undefined) {
    item.dataset.due = step.due;
    const time = element('time', formatDate(step.due));
    time.dateTime = step.due;
    if (step.passed) when.append(element('span', labels.passed, 'planner-step__badge'));
    when.append(time, ` · ${daysText(step.daysLeft, labels)}`);
  } else {
    when.textContent = labels.beforeFiling;
  }
  item.append(when);
  if (step.weekend && !step.passed) {
    item.dataset.weekend = 'true';
    item.append(note(labels.weekend));
  }
  // The confidentiality examination takes time: say by when to ask so CNIPA can decide before the deadline;
  // once the deadline itself has passed, advice to beat it would be advice nobody can take.
  if (step.askBy) {
    const words = step.askBy.priorityPassed ? labels.askByLate : step.askBy.passed ? labels.askByPassed : labels.askBy;
    item.append(note(words.replace('{date}', formatDate(step.askBy.date))));
  }
  // After a first filing abroad no date is left to ask by: the breach may already have happened. Its lead is
  // conditional unless the reader said the invention was completed in China.
  if (step.filedAbroadFirst) {
    const warning = element('p', undefined, NOTE);
    warning.dataset.warning = 'abroad-first';
    const lead = step.ifMadeInChina ? labels.abroadFirstLead : labels.abroadFirstLeadMade;
    warning.append(element('strong', lead), ` ${labels.abroadFirst}`);
    item.append(warning);
  }
  if (step.beforeFirstFiling && words.beforeFirst) item.append(note(words.beforeFirst));
  // Only where the plan has the examination: a reader whose invention was not completed in China has none.
  if (step.confidentialityFirst && words.beforeFirstConfidentiality)
    item.append(note(words.beforeFirstConfidentiality));
  if (step.passed && words.late) item.append(lateNote(step, labels, formatDate));
  // No PCT application can exist: say why its national-phase dates are missing and what is left to do.
  if (step.noPctApplication) {
    const none = element('p', undefined, NOTE);
    none.dataset.warning = 'no-pct';
    none.append(element('strong', labels.noPctLead), ` ${labels.noPct}`);
    item.append(none);
  }
  const todo = (step.pctFirst && words.todoPctFirst) || (step.pctFiled && words.todoPctFiled) || words.todo;
  // Once no PCT application can exist, "file it within 12 months" is no longer something to do.
  if (!step.noPctApplication) item.append(element('p', todo));
  if (step.agencyRule) item.append(element('p', labels.agencyRule));
  if (words.agency) item.append(element('p', words.agency));
  item.append(element('p', `${labels.law} ${words.law}`, 'planner-step__law'));
  return item;
}
