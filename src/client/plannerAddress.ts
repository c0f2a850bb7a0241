// The filing planner's answers in the page's address (?date=2026-03-02&right=invention…), so a bookmark, a copied
// link, the printed address and its QR code reopen the reader's checklist: the exporter's printed QR code opened an
// empty form. The address is the only place they are kept: no cookie, no storage. The names are the form's own.

/** The form's answers as a query string ("?date=…&right=…"): only the questions asked (a disabled field is not
 *  in the form's data) and only those answered otherwise than the form's first offer (filled back in as offered). */
export function answersSearch(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  // An answer left as the form first offers it is left out too, so the printed QR code stays small enough to scan.
  for (const [name, value] of new FormData(form))
    if (typeof value === 'string' && value && value !== defaultOf(form.elements.namedItem(name)))
      params.set(name, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** What a control holds before the reader answers: a select's first option unless another is marked selected. */
function defaultOf(control: Element | RadioNodeList | null): string | undefined {
  if (!(control instanceof HTMLSelectElement)) return undefined;
  return ([...control.options].find((option) => option.defaultSelected) ?? control.options[0])?.value;
}

/** Puts the answers in the address bar without a new history entry (the back button still leaves the page). */
export function keepAnswers(search: string): void {
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

/** The fields in the order they are filled: each may decide whether the next is asked (right and kind first). */
const FIELD_ORDER = ['right', 'kind', 'place', 'made', 'pctFiled', 'route', 'date', 'fair'] as const;
export type AnswerField = (typeof FIELD_ORDER)[number];

/** Whether an address holds any of the planner's answers (a query of its own, e.g. a campaign tag, is not one). */
export function hasAnswers(search: string): boolean {
  const params = new URLSearchParams(search);
  return FIELD_ORDER.some((name) => params.has(name));
}

/**
 * Fills the form from an address's answers. `sync` is called after each field, so the next finds its options (the
 * routes of the right, the questions asked). Returns the first field whose value the form cannot take (a date that
 * is no day, an option it does not offer), its control focused by the caller; undefined when every one was taken.
 */
export function fillFromAddress(form: HTMLFormElement, search: string, sync: () => void): AnswerField | undefined {
  const params = new URLSearchParams(search);
  for (const name of FIELD_ORDER) {
    const value = params.get(name);
    const control = form.elements.namedItem(name);
    if (value === null || !(control instanceof HTMLInputElement || control instanceof HTMLSelectElement)) continue;
    // A question not asked for these answers (a place for a trademark) is no error: the address may be older.
    if (control.disabled) continue;
    const offered =
      control instanceof HTMLSelectElement
        ? [...control.options].some((option) => option.value === value && !option.disabled)
        : true;
    // A date control takes only a real day: anything else leaves it empty.
    if (offered) control.value = value;
    if (!offered || control.value !== value) return name;
    sync();
  }
  return undefined;
}

/** The error beside the question, as well as under the form: at 200% text the form's own error was a screen away
 *  from the question it named. */
const FIELD_ERROR = 'planner__field-error';

export function markWrongAnswer(control: HTMLInputElement | HTMLSelectElement, message: string): void {
  const note = Object.assign(document.createElement('p'), {
    textContent: message,
    className: FIELD_ERROR,
    id: `${control.id}-error`,
  });
  control.before(note);
  control.setAttribute('aria-invalid', 'true');
  const described = control.getAttribute('aria-describedby');
  control.setAttribute('aria-describedby', described ? `${note.id} ${described}` : note.id);
  control.focus();
}

export function clearWrongAnswers(form: HTMLFormElement): void {
  form.querySelectorAll(`.${FIELD_ERROR}`).forEach((note) => note.remove());
  form.querySelectorAll('[aria-invalid]').forEach((control) => {
    control.removeAttribute('aria-invalid');
    const rest = (control.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id && !id.endsWith('-error'));
    if (rest.length) control.setAttribute('aria-describedby', rest.join(' '));
    else control.removeAttribute('aria-describedby');
  });
}
