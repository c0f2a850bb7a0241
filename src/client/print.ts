// Print: the "print this page" buttons open the browser's print dialog (pages without scripts name the keys
// instead), and before printing the print header gets the address the page was read at.
export function enablePrint(): void {
  document.querySelectorAll<HTMLButtonElement>('[data-print-button]').forEach((button) => {
    button.addEventListener('click', () => print());
  });
  addEventListener('beforeprint', showAddress);
}

function showAddress(): void {
  const address = `${location.origin}${location.pathname}`;
  document.querySelectorAll<HTMLElement>('[data-print-url]').forEach((el) => {
    if (location.protocol.startsWith('http')) el.textContent = address;
  });
}
