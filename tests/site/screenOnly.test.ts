// Words that only make sense on a screen never reach paper: on the filing planner's page, its instructions for
// its form and its note about this device's date; on the overseas guide, the content's words about the tools
// that an editor marked <ScreenOnly>. All sit in what the print stylesheet leaves out (.no-print); what a paper
// reader can use (the last day ends at each office's local time) stays printable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { page } from '../support/dist.ts';
import { LOCALES, contentLang, localePath, splitLocale } from '../../src/i18n/locales.ts';
import { PLANNER_PATH } from '../../src/lib/content/routes.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { asShownIn } from '../../src/i18n/converters.ts';
import { foldPunctuationWidth as fold } from '../../src/lib/typography/punctuation.ts';

const printed = (el: HTMLElement) => el.closest('.no-print') === null;

describe.each(LOCALES.map((lang) => localePath(lang, PLANNER_PATH, '')))('%s', (url) => {
  const { lang } = splitLocale(url, '');
  const t = useTranslations(lang);
  const main = page(url).querySelector('main')!;
  /** The paragraph that says a dictionary string, as the page shows it. */
  const saying = (key: Parameters<typeof t>[0]) => {
    const words = fold(asShownIn(lang)(t(key)));
    return main.querySelectorAll('p').find((p) => fold(p.textContent.trim()) === words);
  };

  it("leaves the planner's instructions and its device's date off paper", () => {
    for (const key of ['planner.intro', 'planner.localTime'] as const) {
      const p = saying(key);
      expect(p, key).toBeDefined();
      expect(printed(p!), key).toBe(false);
    }
  });

  it('prints the note a paper reader can use', () => {
    const p = saying('planner.lastDayLocal');
    expect(p).toBeDefined();
    expect(printed(p!)).toBe(true);
  });
});

describe.each(LOCALES.map((lang) => localePath(lang, '/overseas/', '')))('%s', (url) => {
  const { lang } = splitLocale(url, '');
  const main = page(url).querySelector('main')!;

  it("leaves off paper each of the content's screen-only passages, as valid HTML", () => {
    const marked = readFileSync(`content/overseas/${contentLang(lang)}.mdx`, 'utf8').match(/<ScreenOnly>/g) ?? [];
    const shown = main.querySelectorAll('[data-screen-only]');
    expect(shown).toHaveLength(marked.length);
    for (const el of shown) {
      expect(el.classList.contains('no-print')).toBe(true);
      if (el.tagName === 'SPAN') expect(el.querySelector('p, div, ul, ol')).toBeNull();
    }
    expect(shown.filter((el) => el.tagName === 'DIV').length, 'a whole paragraph').toBeGreaterThan(0);
  });
});
