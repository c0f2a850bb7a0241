// The header's large-text button: reflects the stored preference and switches it. The preference itself is
// applied before the first paint by PrePaint's inline script (readingMode.ts), so a click only changes it.
import { applyReadingMode, storedReadingMode, storeReadingMode } from './readingMode.ts';

/** Dispatched on document after the mode changes, for what should follow it (the header menu folds). */
export const READING_MODE_CHANGE = 'readingmodechange';

/** Wires every [data-reading-mode] button as a toggle (aria-pressed) of the large-text mode. */
export function enableReadingModeToggle(root: ParentNode = document): void {
  root.querySelectorAll<HTMLButtonElement>('[data-reading-mode]').forEach((button) => {
    button.setAttribute('aria-pressed', String(storedReadingMode() === 'large'));
    button.addEventListener('click', () => {
      const next = storedReadingMode() === 'large' ? 'normal' : 'large';
      storeReadingMode(next);
      applyReadingMode(next);
      button.setAttribute('aria-pressed', String(next === 'large'));
      document.dispatchEvent(new CustomEvent(READING_MODE_CHANGE));
    });
  });
}
