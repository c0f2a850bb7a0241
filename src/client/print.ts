// Print: shows the "print this page" buttons (they need the browser's print dialog, so pages without scripts
// name the keys instead), and before printing writes the address the page was read at into the print header.
document.querySelectorAll<HTMLElement>('[data-print-action]').forEach((action) => {
  const button = action.querySelector<HTMLButtonElement>('[data-print-button]');
  if (!button) return;
  button.hidden = false;
  action.querySelector<HTMLElement>('[data-print-keys]')?.setAttribute('hidden', '');
  button.addEventListener('click', () => print());
});

addEventListener('beforeprint', () => {
  const address = `${location.origin}${location.pathname}`;
  document.querySelectorAll<HTMLElement>('[data-print-url]').forEach((el) => {
    if (location.protocol.startsWith('http')) el.textContent = address;
  });
});
