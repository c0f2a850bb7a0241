// axe-core through @axe-core/playwright, made cheap enough to run on every page.
// By default AxeBuilder evaluates axe's 600 KB source twice per check and finishes each run in a new blank
// tab; on this 2-core machine that was two thirds of the accessibility test's time. Instead axe is loaded
// once per browser context as an init script, and AxeBuilder runs it in the page itself (legacy mode:
// axe.run in one frame, which is all these pages have — they contain no iframes). The rules are the same.
// Without the preload (a single check on a page opened elsewhere) AxeBuilder loads axe as usual.
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { BrowserContext, Page } from '@playwright/test';

// WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices (unique landmarks, one main, heading
// order …): the site passes them all, so they are held too.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Makes axe-core present in every page the context opens, before the page's own scripts run. */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axe.source });
}

// What AxeBuilder evaluates in place of axe's source when the page already has it: a statement that does nothing.
const ALREADY_LOADED = ';';

/**
 * The page's violations of those rules, one line each: "rule-id: first three elements". `colourContrast: false`
 * leaves out the one rule whose cost grows with the page's text (about two thirds of axe's time on a long page):
 * contrast is decided by the stylesheet, which pages of one kind share (see everyPage.spec.ts).
 */
export async function axeViolations(page: Page, { colourContrast = true } = {}): Promise<string[]> {
  const preloaded = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  const results = await new AxeBuilder({ page, axeSource: preloaded ? ALREADY_LOADED : undefined })
    .setLegacyMode(true)
    // Only violations are read, so axe need not gather every passing element (a documented speed option).
    // Set before withTags, which adds the rule filter to these options (options() would replace it).
    .options({ resultTypes: ['violations'] })
    .withTags(AXE_TAGS)
    .disableRules(colourContrast ? [] : ['color-contrast'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}
