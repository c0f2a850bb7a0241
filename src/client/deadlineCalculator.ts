// The deadline calculator's form: reads the date and right, prints the treaty deadlines.
import { filingDeadlines, parseIsoDate, type RightKind } from '../lib/overseas/deadlines.ts';

export function enableDeadlineCalculator(): void {
  document.querySelectorAll<HTMLFormElement>('[data-deadline-calculator]').forEach((form) => {
    const result = form.querySelector<HTMLElement>('[data-calculator-result]')!;
    const labels = form.dataset;
    const format = new Intl.DateTimeFormat(labels.locale, { dateStyle: 'long', timeZone: 'UTC' });
    const show = (iso: string) => format.format(new Date(`${iso}T00:00:00Z`));
    form.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const date = String(data.get('date') ?? '');
      result.replaceChildren();
      if (!parseIsoDate(date)) {
        result.textContent = labels.labelInvalid ?? '';
        return;
      }
      const deadlines = filingDeadlines(date, String(data.get('right')) as RightKind);
      const rows: Array<[string, string]> = [[labels.labelParis ?? '', show(deadlines.parisPriority)]];
      if (deadlines.pctNationalPhase && deadlines.pctLaterNationalPhase) {
        rows.push([labels.labelPct ?? '', show(deadlines.pctNationalPhase)], [labels.labelPctLater ?? '', show(deadlines.pctLaterNationalPhase)]);
      }
      const list = document.createElement('dl');
      for (const [label, value] of rows) {
        list.append(Object.assign(document.createElement('dt'), { textContent: label }), Object.assign(document.createElement('dd'), { textContent: value }));
      }
      result.append(list);
      if (!deadlines.pctNationalPhase) result.append(Object.assign(document.createElement('p'), { textContent: labels.labelNoPct ?? '' }));
    });
  });
}
