// Language links keep the reader's place: the clause on screen when the link is used (or the #fragment),
// so the other language opens at the same clause. Set on pointerdown and focus too, so "open in new tab"
// and the status bar show the right address.
import { clauseOnScreen } from '../lib/plan/place.ts';

/** The id of the clause the reader is looking at, else the one in the address, else none. */
function place(): string {
  const clauses = [...document.querySelectorAll<HTMLElement>('main .clause[id]')];
  const boxes = clauses.map((el) => {
    const { top, bottom } = el.getBoundingClientRect();
    return { id: el.id, top, bottom };
  });
  // A clause opened by its link lands a few lines down the screen (its scroll margin), the end of the one before
  // it showing above: the reader is reading the clause below that line, so a switch from there opens it again.
  const landing = clauses[0] ? parseFloat(getComputedStyle(clauses[0]).scrollMarginBlockStart) || 0 : 0;
  const onScreen = clauseOnScreen(boxes, innerHeight, Math.max(8, landing + 1));
  return onScreen ? `#${onScreen}` : location.hash;
}

document.querySelectorAll<HTMLAnchorElement>('[data-language-switch]').forEach((link) => {
  const update = () => {
    const url = new URL(link.href);
    url.hash = place();
    link.href = url.href;
  };
  ['click', 'pointerdown', 'focus'].forEach((type) => link.addEventListener(type, update));
});
