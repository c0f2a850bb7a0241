// The plan's reading bar (PlanPlace.astro): shown once the contents have scrolled away, and naming the part
// being read. Updates at most once a frame while scrolling; the bar's links work without it.
import { currentHeading, placeLabels } from '../lib/plan/place.ts';

/** The heading's own words: not its clause tools (copy link, cite, 对照 and their visually hidden words), which
 *  are links or buttons kept out of the search index; their hidden text showed in the desktop bar. */
function headingText(heading: HTMLElement): string {
  return [...heading.childNodes]
    .filter(
      (n) =>
        !(
          n instanceof Element &&
          n.matches('a, button, [data-pagefind-ignore], .clause-link, .clause-cite, .clause-compare')
        ),
    )
    .map((n) => n.textContent)
    .join('')
    .trim();
}

export function enablePlanPlace(): void {
  const bar = document.querySelector<HTMLElement>('.plan-place');
  const contents = document.getElementById(bar?.querySelector('a')?.hash.slice(1) ?? '')?.closest('nav');
  const slot = document.querySelector<HTMLElement>('[data-current-part]');
  const prefix = document.querySelector<HTMLElement>('[data-current-prefix]');
  const headings = [...document.querySelectorAll<HTMLElement>('.plan-part h2[id], .plan-part h3[id]')];
  if (!slot) return;
  let queued = false;
  let shownFor = '';
  /** The longest label for the heading that fits the bar's line whole (none when not even its number fits). */
  function fit(text: string): void {
    shownFor = text;
    const part = slot!.parentElement!;
    slot!.textContent = '';
    for (const label of placeLabels(text)) {
      slot!.textContent = label;
      if (part.scrollWidth <= part.clientWidth + 1) break;
      slot!.textContent = '';
    }
    if (prefix) prefix.hidden = !slot!.textContent;
  }
  function show(): void {
    queued = false;
    bar?.classList.toggle('is-active', (contents?.getBoundingClientRect().bottom ?? 0) < 0);
    const line = innerHeight / 3;
    const part = currentHeading(
      headings.map((el) => ({ el, top: el.getBoundingClientRect().top })),
      line,
    );
    const text = part ? headingText(part.el) : '';
    // Measured only while the bar is shown (a hidden bar still has its width: visibility, not display).
    if (text !== shownFor) fit(text);
  }
  addEventListener(
    'scroll',
    () => {
      if (!queued) {
        queued = true;
        requestAnimationFrame(show);
      }
    },
    { passive: true },
  );
  // A turned phone or a changed text size gives the bar another width: fit the label again.
  addEventListener('resize', () => fit(shownFor));
  show();
}
