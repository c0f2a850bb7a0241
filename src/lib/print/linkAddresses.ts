// On paper a link cannot be followed, so a printout shows where it leads. An external link prints its own
// address (src/styles/print.css); an internal link's href is a bare path ("/en/targets/…"), which a reader
// cannot type anywhere, so it prints the full address only when the site's public address (SITE_URL) is known.

/**
 * The print rule that writes each internal link's full address after it: the origin (a bare http(s) origin,
 * as src/lib/site/siteUrl.ts checks) before the link's own path, which already includes any BASE_PATH.
 * The links left out are those print.css leaves out for external links too (clauses, services, history).
 */
export function internalLinkPrintCss(origin: string): string {
  const quoted = JSON.stringify(origin);
  return (
    `@media print{main a[href^="/"]:not(main .clause a,main .clause-services a,main .page-history a)::after{` +
    `content:" (" ${quoted} attr(href) ")";font-size:.85em;overflow-wrap:anywhere;color:#333}}`
  );
}
