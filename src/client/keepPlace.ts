// Language links keep the reader's place: the clause on screen when the link is used (or the #fragment),
// so the other language opens at the same clause. Set on pointerdown and focus too, so "open in new tab"
// and the status bar show the right address.
import { clauseOnScreen } from '../lib/plan/place.ts';

/** The id of the clause the reader is looking at, else the one in the address, else none. */
function place(): string {
  const boxes = [...document.querySelectorAll<HTMLElement>('main .clause[id]')].map((el) => {
    const { top, bottom } = el.getBoundingClientRect();
    return { id: el.id, top, bottom };
  });
  const onScreen = clauseOnScreen(boxes, innerHeight);
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
