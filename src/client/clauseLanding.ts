// A link to the first clause under a heading (/plan/#task-1-2-1, the paragraph under "2. 重点培育高知名度商标")
// lands with that heading in view. The clause's scroll margin (a few lines, plan/index.astro) could not hold a
// heading of three lines at 390 px with 200% text and 大字模式: the reader saw a paragraph and not which measure
// it was. The page moves down only as far as keeps the clause's start in the upper half of the screen, well
// clear of the place bar at its foot (PlanPlace.astro).
const HEADING = 'h2, h3, h4, h5, h6';
/** Room kept above the heading, in px: the heading's own line, not glued to the screen's edge. */
const GAP = 8;

function showHeadingOfTarget(): void {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const heading = target?.previousElementSibling;
  if (!target || !heading?.matches(HEADING)) return;
  const above = heading.getBoundingClientRect().top - GAP;
  if (above >= 0) return;
  const room = innerHeight / 2 - target.getBoundingClientRect().top;
  if (room > 0) scrollBy({ top: -Math.min(-above, room), behavior: 'instant' });
}

export function enableClauseLanding(): void {
  addEventListener('hashchange', showHeadingOfTarget);
  // After the browser's own scroll to the address's clause, which it makes once the page has loaded.
  const land = () => requestAnimationFrame(showHeadingOfTarget);
  if (document.readyState === 'complete') land();
  else addEventListener('load', land, { once: true });
}
