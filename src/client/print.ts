// Print: the "print this page" buttons open the browser's print dialog (pages without scripts name the keys
// instead), and before printing the print header gets the address the page was read at when the build has no
// public one (SITE_URL). A button that prints
// one part of a page (the planner's checklist, a part of /plan/compare/, a guide's key points) marks that part and
// the page just before printing, so the print stylesheet (src/styles/print.css) leaves out the rest; the marks go
// after printing, so Ctrl+P prints it all.
export function enablePrint(): void {
  document.querySelectorAll<HTMLButtonElement>('[data-print-button]').forEach((button) => {
    button.addEventListener('click', () => print());
  });
  enablePrintKeyPoints();
  addEventListener('beforeprint', showAddress);
}

/** The class on <html> while one part is being printed; print.css hides everything else in <main>. */
export const PRINT_PART_CLASS = 'print-part';
const PART_ATTRIBUTE = 'data-print-part';

/** Prints only `part` of the page (with the print header every printout keeps). */
export function printPart(part: HTMLElement): void {
  printParts([part]);
}

/** The class on <html> while a guide's key points are printed: print.css fits them on one sheet. */
export const KEY_POINTS_CLASS = 'print-key-points';

/** Prints only `parts` (a section of /plan/compare/ with its part's heading row; a guide's key points), in the
 *  page's order, with what every printout keeps; `mode`, a class <html> carries meanwhile, lets print.css set
 *  them out for what they are. */
export function printParts(parts: HTMLElement[], mode?: string): void {
  const root = document.documentElement;
  const classes = mode ? [PRINT_PART_CLASS, mode] : [PRINT_PART_CLASS];
  for (const part of parts) part.setAttribute(PART_ATTRIBUTE, '');
  root.classList.add(...classes);
  addEventListener(
    'afterprint',
    () => {
      for (const part of parts) part.removeAttribute(PART_ATTRIBUTE);
      root.classList.remove(...classes);
    },
    { once: true },
  );
  print();
}

/** Without SITE_URL the build knows only the page's path, so paper gets the address it was read at; with it,
 *  the public address the build wrote stands (data-print-url="public"), like the QR code and printed links:
 *  a copy read on a preview or a mirror must not print that host's address. */
function showAddress(): void {
  if (!location.protocol.startsWith('http')) return;
  const address = `${location.origin}${location.pathname}`;
  // A page that keeps its state in the query (the filing planner) says which (printedAddress.ts); others print none.
  document.querySelectorAll<HTMLElement>('[data-print-url="read"]').forEach((el) => {
    el.textContent = `${address}${el.dataset.printSearch ?? ''}`;
  });
}

/** "Print this part" buttons: each names the ids of what it prints (data-print-part-of, space-separated), e.g.
 *  one part of the plan side by side on /plan/compare/, or one of its sections with the part's heading row. */
export function enablePrintParts(): void {
  document.querySelectorAll<HTMLButtonElement>('[data-print-part-of]').forEach((button) => {
    const ids = (button.dataset.printPartOf ?? '').split(' ').filter(Boolean);
    const parts = ids.map((id) => document.getElementById(id));
    if (parts.length > 0 && parts.every((part) => part !== null))
      button.addEventListener('click', () => printParts(parts as HTMLElement[]));
  });
}

/** A guide's "print the key points" (PrintButton keyPoints): what the page marks data-key-point, on one sheet for
 *  a reader to hand on (its title, its in-short list, its numbers to call); "print this page" prints it all. */
function enablePrintKeyPoints(): void {
  document.querySelectorAll<HTMLButtonElement>('[data-print-key-points]').forEach((button) => {
    button.addEventListener('click', () =>
      printParts([...document.querySelectorAll<HTMLElement>('[data-key-point]')], KEY_POINTS_CLASS),
    );
  });
}
