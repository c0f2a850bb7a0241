// Print: the "print this page" buttons open the browser's print dialog (pages without scripts name the keys
// instead), and before printing the print header gets the address the page was read at when the build has no
// public one (SITE_URL). A button that prints
// one part of a page (the planner's checklist) marks that part and the page just before printing, so the print
// stylesheet (src/styles/print.css) leaves out the rest; the marks go after printing, so Ctrl+P prints it all.
export function enablePrint(): void {
  document.querySelectorAll<HTMLButtonElement>('[data-print-button]').forEach((button) => {
    button.addEventListener('click', () => print());
  });
  addEventListener('beforeprint', showAddress);
}

/** The class on <html> while one part is being printed; print.css hides everything else in <main>. */
export const PRINT_PART_CLASS = 'print-part';
const PART_ATTRIBUTE = 'data-print-part';

/** Prints only `part` of the page (with the print header every printout keeps). */
export function printPart(part: HTMLElement): void {
  const root = document.documentElement;
  part.setAttribute(PART_ATTRIBUTE, '');
  root.classList.add(PRINT_PART_CLASS);
  addEventListener(
    'afterprint',
    () => {
      part.removeAttribute(PART_ATTRIBUTE);
      root.classList.remove(PRINT_PART_CLASS);
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

/** "Print this part" buttons: each names the id of the part it prints (data-print-part-of), e.g. one part of
 *  the plan side by side on /plan/compare/. */
export function enablePrintParts(): void {
  document.querySelectorAll<HTMLButtonElement>('[data-print-part-of]').forEach((button) => {
    const part = document.getElementById(button.dataset.printPartOf ?? '');
    if (part) button.addEventListener('click', () => printPart(part));
  });
}
