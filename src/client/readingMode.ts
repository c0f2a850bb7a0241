// Reading-mode preference: stored in localStorage, applied as data-reading on <html>.
export type ReadingMode = 'normal' | 'large';
const READING_MODE_KEY = 'reading-mode';

/**
 * Runs inline in <head>, before the first paint, so nothing moves once the page is drawn (CLS 0):
 * marks <html class="js"> (controls that need a script are shown only then) and applies a stored
 * large-text preference. Kept tiny and dependency-free; PrePaint.astro adds its hash to the CSP.
 */
export const PRE_PAINT_SCRIPT = `(function(d){d.classList.add('js');try{if(localStorage.getItem('${READING_MODE_KEY}')==='large')d.dataset.reading='large'}catch(e){}})(document.documentElement);`;

export function storedReadingMode(): ReadingMode {
  try {
    return localStorage.getItem(READING_MODE_KEY) === 'large' ? 'large' : 'normal';
  } catch {
    return 'normal'; // storage blocked: fall back to the default
  }
}

export function storeReadingMode(mode: ReadingMode): void {
  try {
    localStorage.setItem(READING_MODE_KEY, mode);
  } catch {
    /* storage blocked: the mode still applies to this page */
  }
}

export function applyReadingMode(mode: ReadingMode): void {
  if (mode === 'large') document.documentElement.dataset.reading = 'large';
  else delete document.documentElement.dataset.reading;
}
