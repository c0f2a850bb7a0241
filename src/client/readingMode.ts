// Reading-mode preference: stored in localStorage, applied as data-reading on <html>.
export type ReadingMode = 'normal' | 'large';
const KEY = 'reading-mode';

export function storedReadingMode(): ReadingMode {
  try {
    return localStorage.getItem(KEY) === 'large' ? 'large' : 'normal';
  } catch {
    return 'normal'; // storage blocked: fall back to the default
  }
}

export function storeReadingMode(mode: ReadingMode): void {
  try {
    localStorage.setItem(KEY, mode);
  } catch {
    /* storage blocked: the mode still applies to this page */
  }
}

export function applyReadingMode(mode: ReadingMode): void {
  if (mode === 'large') document.documentElement.dataset.reading = 'large';
  else delete document.documentElement.dataset.reading;
}
