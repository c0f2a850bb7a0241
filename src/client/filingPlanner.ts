// The filing planner's form: reads the first-filing date, kind and (for inventions, utility models and designs)
// place, for inventions and utility models whether they were completed in China and whether a PCT application
// has followed the first filing, the right, the route and an optional trade fair, shows the dated checklist from
// src/lib/overseas/planner.ts (on paper with its table at a glance, plannerGlance.ts), keeps the answers in the
// page's address so it reopens the checklist (plannerAddress.ts), and writes every date the applicant can still act
// on (src/lib/overseas/calendarEvents.ts) into an .ics file in the browser (plannerCalendar.ts).
import { isPatentRight, parseIsoDate, type RightKind } from '../lib/overseas/deadlines.ts';
import { routesFor, type Route } from '../lib/overseas/chooser.ts';
import { planFiling } from '../lib/overseas/planner.ts';
import {
  asksFirstFilingPlace,
  firstFilingRegion,
  type FirstFilingKind,
  type FirstFilingPlace,
  type MadeInChina,
} from '../lib/overseas/planInput.ts';
import { calendarEvents } from '../lib/overseas/calendarEvents.ts';
import { buildCalendar, type CalendarEvent } from '../lib/overseas/ics.ts';
import { element, stepItem, type PlannerLabels } from './plannerSteps.ts';
import { glanceRows } from './plannerGlance.ts';
import { regionNote } from './plannerRegion.ts';
import { calendarWords, download } from './plannerCalendar.ts';
import {
  answersSearch,
  clearWrongAnswers,
  fillFromAddress,
  hasAnswers,
  keepAnswers,
  markWrongAnswer,
} from './plannerAddress.ts';
import { printWithQuery } from './printedAddress.ts';
import { printPart } from './print.ts';

/** Today in the reader's own time zone, as YYYY-MM-DD: a deadline is a calendar day where they are. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function enableFilingPlanner(): void {
  document.querySelectorAll<HTMLFormElement>('[data-filing-planner]').forEach((form) => {
    const labels = JSON.parse(form.dataset.labels ?? '{}') as PlannerLabels;
    const root = form.parentElement!;
    const result = root.querySelector<HTMLElement>('[data-planner-result]')!;
    const list = result.querySelector<HTMLOListElement>('[data-planner-steps]')!;
    const icsButton = result.querySelector<HTMLButtonElement>('[data-planner-ics]')!;
    const icsNone = result.querySelector<HTMLElement>('[data-planner-ics-none]')!;
    const allPassed = result.querySelector<HTMLElement>('[data-planner-all-passed]')!;
    const regionBox = result.querySelector<HTMLElement>('[data-planner-region]')!;
    const glance = result.querySelector<HTMLElement>('[data-planner-glance-rows]')!;
    const error = form.querySelector<HTMLElement>('[data-planner-error]')!;
    const rightSelect = form.querySelector<HTMLSelectElement>('[name="right"]')!;
    const routeSelect = form.querySelector<HTMLSelectElement>('[name="route"]')!;
    const kindSelect = form.querySelector<HTMLSelectElement>('[name="kind"]')!;
    const placeField = form.querySelector<HTMLElement>('[data-planner-place]')!;
    const placeSelect = placeField.querySelector<HTMLSelectElement>('select')!;
    const madeField = form.querySelector<HTMLElement>('[data-planner-made]')!;
    const madeSelect = madeField.querySelector<HTMLSelectElement>('select')!;
    const pctFiledField = form.querySelector<HTMLElement>('[data-planner-pct-filed]')!;
    const pctFiledSelect = pctFiledField.querySelector<HTMLSelectElement>('select')!;
    const format = new Intl.DateTimeFormat(labels.locale, { dateStyle: 'full', timeZone: 'UTC' });
    const formatDate = (iso: string) => format.format(new Date(`${iso}T00:00:00Z`));
    let events: CalendarEvent[] = [];
    let fileName = '';

    // Offer only the routes that can carry the chosen right, and only the PCT after a PCT first filing.
    const syncRoutes = () => {
      const pctFirst = kindSelect.value === 'pct';
      const allowed = (pctFirst ? ['pct'] : routesFor(rightSelect.value as RightKind)) as string[];
      for (const option of routeSelect.options)
        option.hidden = option.disabled = option.value !== '' && !allowed.includes(option.value);
      if (routeSelect.selectedOptions[0]?.disabled) routeSelect.value = '';
    };
    // Where the first filing was made decides the confidentiality step of inventions and utility models and,
    // outside China, adds filing in China for them and for designs; whether the invention was completed in China
    // decides whether there is a confidentiality step at all. Each is asked, and required, where it matters.
    const syncPlace = () => {
      const right = rightSelect.value as RightKind;
      placeField.hidden = placeSelect.disabled = !asksFirstFilingPlace(right);
      madeField.hidden = madeSelect.disabled = !isPatentRight(right);
    };
    // "Have you filed a PCT application yet?" is asked only where one could follow the first filing: an
    // invention or utility model first filed as an ordinary application (a PCT first filing already is one).
    const syncPctFiled = () => {
      const asked = isPatentRight(rightSelect.value as RightKind) && kindSelect.value !== 'pct';
      pctFiledField.hidden = !asked;
      pctFiledSelect.disabled = !asked;
    };
    rightSelect.addEventListener('change', syncRoutes);
    rightSelect.addEventListener('change', syncPlace);
    rightSelect.addEventListener('change', syncPctFiled);
    kindSelect.addEventListener('change', syncRoutes);
    kindSelect.addEventListener('change', syncPctFiled);
    syncRoutes();
    syncPlace();
    syncPctFiled();
    form.hidden = false;

    const fail = (message: string): false => {
      error.textContent = message;
      result.hidden = true;
      return false;
    };

    /** Makes the checklist from the form's answers; false, with the error said, when they make none. */
    const show = (): boolean => {
      const data = new FormData(form);
      const firstFiling = String(data.get('date') ?? '');
      const right = String(data.get('right')) as RightKind;
      const route = (String(data.get('route') ?? '') || undefined) as Route | undefined;
      const firstFilingKind = String(data.get('kind') ?? 'national') as FirstFilingKind;
      const tradeFair = String(data.get('fair') ?? '') || undefined;
      const place = String(data.get('place') ?? '');
      const firstFilingPlace = ['china', 'taiwan', 'hong-kong', 'abroad'].includes(place)
        ? (place as FirstFilingPlace)
        : undefined;
      const made = String(data.get('made') ?? '');
      const madeInChina = ['yes', 'no', 'unsure'].includes(made) ? (made as MadeInChina) : undefined;
      // A disabled select is not in the form data: the question was not asked.
      const pctFiled = data.get('pctFiled') === 'yes';
      error.textContent = '';
      if (!parseIsoDate(firstFiling)) return fail(labels.invalid);
      if (tradeFair && !parseIsoDate(tradeFair)) return fail(labels.fairInvalid);
      if (firstFilingKind === 'pct' && !isPatentRight(right)) return fail(labels.pctFirstInvalid);
      if (asksFirstFilingPlace(right) && !firstFilingPlace) return fail(labels.placeMissing);
      if (isPatentRight(right) && !madeInChina) return fail(labels.madeMissing);
      const today = localToday();
      const input = {
        firstFiling,
        right,
        route,
        today,
        firstFilingKind,
        firstFilingPlace,
        madeInChina,
        tradeFair,
        pctFiled,
      };
      const steps = planFiling(input);
      // After a first filing in the Taiwan region or the Hong Kong SAR the list holds the mainland step alone,
      // whatever route was chosen: the note above it says why and what the reader can do next.
      const region = firstFilingRegion(input);
      regionBox.hidden = !region;
      regionBox.dataset.region = region ?? '';
      regionBox.replaceChildren(...(region ? regionNote(region, right, labels) : []));
      events = calendarEvents({
        steps,
        firstFiling,
        right,
        today,
        host: location.host || 'localhost',
        page: location.href.split('#')[0],
        words: calendarWords(labels, formatDate),
      });
      fileName = `filing-deadlines-${firstFiling}-${right}.ics`;
      // The checklist restates every answer that changes its advice, so a printed copy says what it is for,
      // and says from which day its "days left" are counted (the reader's today, not the page's build date).
      const chosen = (select: HTMLSelectElement) => select.selectedOptions[0]?.text ?? '';
      const answers: Array<[string, string]> = [
        [labels.answers.date, formatDate(firstFiling)],
        [labels.answers.kind, chosen(kindSelect)],
        [labels.answers.right, labels.rights[right]],
        ...(firstFilingPlace ? [[labels.answers.place, chosen(placeSelect)] as [string, string]] : []),
        ...(madeInChina ? [[labels.answers.made, chosen(madeSelect)] as [string, string]] : []),
        ...(pctFiledSelect.disabled ? [] : [[labels.answers.pctFiled, chosen(pctFiledSelect)] as [string, string]]),
        [labels.answers.route, chosen(routeSelect)],
        ...(tradeFair ? [[labels.answers.fair, formatDate(tradeFair)] as [string, string]] : []),
      ];
      result
        .querySelector('[data-planner-answers]')!
        .replaceChildren(...answers.flatMap(([term, value]) => [element('dt', term), element('dd', value)]));
      result.querySelector('[data-planner-counted]')!.textContent = labels.countedFrom.replace(
        '{date}',
        formatDate(today),
      );
      list.replaceChildren(...steps.map((step) => stepItem(step, labels, formatDate)));
      glance.replaceChildren(...glanceRows(steps, labels, formatDate));
      // The download is offered while any date, a remedy's last day included, is still ahead; when none is, the
      // button is not shown at all (a button that only says there is nothing to download is a dead end), and
      // the line below says why; above the steps, what the guide says can still be done for this right.
      icsButton.hidden = events.length === 0;
      icsNone.hidden = events.length > 0;
      allPassed.hidden = events.length > 0;
      allPassed.replaceChildren(element('strong', labels.allPassedLead), ` ${labels.allPassed[right]}`);
      result.hidden = false;
      result.querySelector<HTMLElement>('[data-planner-heading]')!.focus();
      return true;
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearWrongAnswers(form);
      // Answers that make a checklist go into the address, so it (and the printout's address and QR code) reopens
      // it; answers that make none leave the bare address, which opens the empty form.
      const search = show() ? answersSearch(form) : '';
      keepAnswers(search);
      printWithQuery(search);
    });

    // An address with answers (a bookmark, a copied link, the printed QR code) reopens the checklist. An answer the
    // form cannot take leaves the form, that question named and focused, and no checklist.
    if (hasAnswers(location.search)) {
      const wrong = fillFromAddress(form, location.search, () => (syncRoutes(), syncPlace(), syncPctFiled()));
      if (wrong) {
        const message = labels.linkInvalid.replace('{field}', labels.answers[wrong]);
        fail(message);
        markWrongAnswer(form.elements.namedItem(wrong) as HTMLInputElement | HTMLSelectElement, message);
      } else if (show()) printWithQuery(answersSearch(form));
    }

    icsButton.addEventListener('click', () => {
      if (events.length === 0) return;
      download(buildCalendar(events, { stamp: new Date().toISOString(), name: labels.calendarName }), fileName);
    });
    // "Print the checklist" prints the checklist alone, not the whole guide around it.
    result.querySelector('[data-planner-print]')!.addEventListener('click', () => printPart(result));
  });
}
