// Points what a printout says of its address, the print header's and the QR code's, at the page with a query (the
// filing planner's answers, plannerAddress.ts), so the paper reopens what was printed. The origin stays the one the
// build wrote (SITE_URL): a copy read on a preview or a mirror must not print that host's address. Without SITE_URL
// the print script writes the address read at before printing (print.ts), and takes the query from here.
import { qrSvg } from '../lib/print/qrSvg.ts';

export function printWithQuery(search: string): void {
  document.querySelectorAll<HTMLElement>('[data-print-url]').forEach((el) => {
    el.dataset.printSearch = search;
    if (el.dataset.printUrl !== 'public') return;
    el.dataset.printBase ??= el.textContent ?? '';
    el.textContent = withQuery(el.dataset.printBase, search);
  });
  // The QR code is drawn anew for the address with the query; its label names the address, as the built one does.
  document.querySelectorAll<HTMLElement>('[data-print-qr]').forEach((figure) => {
    const url = withQuery(figure.dataset.printQr!, search);
    figure.querySelector('svg')?.replaceWith(svgOf(qrSvg(url, `${figure.dataset.qrLabel}: ${url}`)));
    figure.querySelector('[data-print-qr-url]')!.textContent = url;
  });
}

function withQuery(address: string, search: string): string {
  const url = new URL(address);
  url.search = search;
  return url.href;
}

function svgOf(markup: string): SVGSVGElement {
  return new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
}
