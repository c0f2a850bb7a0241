// Layout shift while a page loads, as Chromium reports it (the Layout Instability API), for the every-page
// sweep and the large-text checks.
import type { BrowserContext, Page } from '@playwright/test';

export interface Shifts {
  /** The page's cumulative layout shift: the sum of the shifts not caused by input. */
  total: number;
  /** What moved, for the failure message: "0.000041 DIV.site-header__tools x 12→13 w 80→80 y 4→4 h 44→44". */
  moved: string[];
}
// A shift a reader could see. Lighthouse calls a page's CLS good up to 0.1; the pages are built to score 0, and
// this allows only sub-pixel movement (a few ten-thousandths), which a starved CPU can cause while a system font
// is still being read: it is invisible, and counting it made the test fail at random on a busy machine.
export const VISIBLE_SHIFT = 0.001;

/**
 * Registers a layout-shift observer before anything renders in every page the context opens, with the reading
 * mode stored (or not) as an earlier visit would have left it, so each page starts from the same state.
 */
export async function observeLayoutShifts(context: BrowserContext, storedMode?: 'large'): Promise<void> {
  await context.addInitScript((mode) => {
    if (mode) localStorage.setItem('reading-mode', mode);
    else localStorage.removeItem('reading-mode');
    const shifts: Shifts = { total: 0, moved: [] };
    (window as unknown as { shifts: Shifts }).shifts = shifts;
    type Source = { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    type Entry = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Entry[]) {
        if (entry.hadRecentInput) continue;
        shifts.total += entry.value;
        for (const { node, previousRect: from, currentRect: to } of entry.sources) {
          const name = node instanceof Element ? `${node.tagName}.${node.className}` : String(node?.nodeName);
          shifts.moved.push(
            `${entry.value.toFixed(6)} ${name} x ${from.x}→${to.x} w ${from.width}→${to.width} y ${from.y}→${to.y} h ${from.height}→${to.height}`,
          );
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }, storedMode ?? null);
}

/** The shifts of a page that has loaded, two frames later: any shift its scripts caused has been reported. */
export async function layoutShiftAfterLoad(page: Page): Promise<Shifts> {
  return page.evaluate(
    () =>
      new Promise<Shifts>((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => setTimeout(() => done((window as unknown as { shifts: Shifts }).shifts), 0)),
        ),
      ),
  );
}
