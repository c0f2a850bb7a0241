// The filing planner's form: reads the first-filing date, right and route, shows the dated checklist from
// src/lib/overseas/planner.ts, and writes the upcoming deadlines into an .ics file in the browser.
import { parseIsoDate, type RightKind } from '../lib/overseas/deadlines.ts';
import { routesFor, type Route } from '../lib/overseas/chooser.ts';
import { planFiling, type PlanStep, type PlanStepId } from '../lib/overseas/planner.ts';
import { buildCalendar } from '../lib/overseas/ics.ts';

interface StepWords {
  title: string;
  law: string;
  todo: string;
  late: string;
  lateRestore?: string;
}
interface Labels {
  locale: string;
  invalid: string;
  resultFor: string;
  beforeFiling: string;
  daysLeft: Record<'one' | 'other', string>;
  passedAgo: Record<'one' | 'other', string>;
  dueToday: string;
  passed: string;
  stillPossible: string;
  law: string;
  remedyUntil: string;
  remedyOuter: string;
  remedyClosed: string;
  askBy: string;
  askByPassed: string;
  holidays: string;
  calendarName: string;
  rights: Record<RightKind, string>;
  steps: Record<PlanStepId, StepWords>;
}

/** Today in the reader's own time zone, as YYYY-MM-DD: a deadline is a calendar day where they are. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function stepItem(step: PlanStep, labels: Labels, formatDate: (iso: string) => string): HTMLLIElement {
  const words = labels.steps[step.id];
  const plural = new Intl.PluralRules(labels.locale);
  const count = (templates: Record<'one' | 'other', string>, n: number) =>
    templates[plural.select(n) === 'one' ? 'one' : 'other'].replace(
      '{n}',
      new Intl.NumberFormat(labels.locale).format(n),
    );
  const item = element('li');
  item.dataset.step = step.id;
  item.dataset.passed = String(step.passed);
  item.append(element('h5', words.title));
  const when = element('p', undefined, 'planner-step__when');
  if (step.due && step.daysLeft !== undefined) {
    item.dataset.due = step.due;
    const time = element('time', formatDate(step.due));
    time.dateTime = step.due;
    if (step.passed) when.append(element('span', labels.passed, 'planner-step__badge'));
    when.append(
      time,
      ` · ${step.passed ? count(labels.passedAgo, -step.daysLeft) : step.daysLeft === 0 ? labels.dueToday : count(labels.daysLeft, step.daysLeft)}`,
    );
  } else {
    when.textContent = labels.beforeFiling;
  }
  item.append(when);
  // The confidentiality examination takes time: say by when to ask so CNIPA can decide before the deadline.
  if (step.askBy)
    item.append(
      element(
        'p',
        (step.askBy.passed ? labels.askByPassed : labels.askBy).replace('{date}', formatDate(step.askBy.date)),
        'planner-step__ask',
      ),
    );
  if (step.passed && words.late) {
    const late = element('p', undefined, 'planner-step__late');
    const remedy = step.remedy;
    // Restoring Paris priority is open to inventions and utility models only, and only for two months: once
    // that window has closed too, what is left is filing without priority (the step's plain "late" words).
    const restoring = remedy?.open && words.lateRestore;
    late.append(element('strong', labels.stillPossible), ` ${restoring ? words.lateRestore : words.late}`);
    if (remedy && (restoring || !words.lateRestore)) {
      const limit = remedy.kind === 'reinstate' ? labels.remedyOuter : labels.remedyUntil;
      late.append(` ${remedy.open ? limit.replace('{date}', formatDate(remedy.until)) : labels.remedyClosed}`);
    }
    item.append(late);
  }
  item.append(element('p', words.todo), element('p', `${labels.law} ${words.law}`, 'planner-step__law'));
  return item;
}

function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function enableFilingPlanner(): void {
  document.querySelectorAll<HTMLFormElement>('[data-filing-planner]').forEach((form) => {
    const labels = JSON.parse(form.dataset.labels ?? '{}') as Labels;
    const root = form.parentElement!;
    const result = root.querySelector<HTMLElement>('[data-planner-result]')!;
    const list = result.querySelector<HTMLOListElement>('[data-planner-steps]')!;
    const error = form.querySelector<HTMLElement>('[data-planner-error]')!;
    const rightSelect = form.querySelector<HTMLSelectElement>('[name="right"]')!;
    const routeSelect = form.querySelector<HTMLSelectElement>('[name="route"]')!;
    const format = new Intl.DateTimeFormat(labels.locale, { dateStyle: 'full', timeZone: 'UTC' });
    const formatDate = (iso: string) => format.format(new Date(`${iso}T00:00:00Z`));
    let upcoming: { steps: PlanStep[]; firstFiling: string; right: RightKind } | undefined;

    // Offer only the routes that can carry the chosen right.
    const syncRoutes = () => {
      const allowed = routesFor(rightSelect.value as RightKind) as string[];
      for (const option of routeSelect.options)
        option.hidden = option.disabled = option.value !== '' && !allowed.includes(option.value);
      if (routeSelect.selectedOptions[0]?.disabled) routeSelect.value = '';
    };
    rightSelect.addEventListener('change', syncRoutes);
    syncRoutes();
    form.hidden = false;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const firstFiling = String(data.get('date') ?? '');
      const right = String(data.get('right')) as RightKind;
      const route = (String(data.get('route') ?? '') || undefined) as Route | undefined;
      error.textContent = '';
      if (!parseIsoDate(firstFiling)) {
        error.textContent = labels.invalid;
        result.hidden = true;
        return;
      }
      const steps = planFiling({ firstFiling, right, route, today: localToday() });
      upcoming = { steps: steps.filter((s) => s.due && !s.passed), firstFiling, right };
      result.querySelector('[data-planner-for]')!.textContent = labels.resultFor
        .replace('{date}', formatDate(firstFiling))
        .replace('{right}', labels.rights[right]);
      list.replaceChildren(...steps.map((step) => stepItem(step, labels, formatDate)));
      result.querySelector<HTMLButtonElement>('[data-planner-ics]')!.disabled = upcoming.steps.length === 0;
      result.hidden = false;
      result.querySelector<HTMLElement>('[data-planner-heading]')!.focus();
    });

    result.querySelector('[data-planner-ics]')!.addEventListener('click', () => {
      if (!upcoming) return;
      const { steps, firstFiling, right } = upcoming;
      const page = location.href.split('#')[0];
      const events = steps.map((step) => {
        const words = labels.steps[step.id];
        return {
          uid: `${step.id}-${firstFiling}-${right}@${location.host || 'localhost'}`,
          date: step.due!,
          summary: words.title,
          description: [words.todo, `${labels.law} ${words.law}`, labels.holidays, page].join('\n'),
        };
      });
      download(
        buildCalendar(events, { stamp: new Date().toISOString(), name: labels.calendarName }),
        `filing-deadlines-${firstFiling}-${right}.ics`,
      );
    });
    result.querySelector('[data-planner-print]')!.addEventListener('click', () => window.print());
  });
}
