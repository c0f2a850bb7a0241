// Components render what they are given: the language menu offers every language of the locale table with the
// current one marked, and the validity notice judges the plan by the build date the middleware puts on locals.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import LanguageSwitch from '../../src/components/LanguageSwitch.astro';
import ValidityNotice from '../../src/components/ValidityNotice.astro';
import { LOCALE_INFO } from '../../src/i18n/localeTable.ts';
import { HTML_LANG, LOCALES, languageName, localePath } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import dates from '../fixtures/build-dates.json' with { type: 'json' };

const container = await AstroContainer.create();

describe('LanguageSwitch', () => {
  it.each(LOCALES)('on a %s page offers every other language at the same page, and marks its own', async (lang) => {
    const html = await container.renderToString(LanguageSwitch, { props: { lang, path: '/plan/' } });
    for (const other of LOCALES) {
      if (other === lang)
        expect(html).toMatch(
          new RegExp(`aria-current="true" lang="${HTML_LANG[other]}"[^>]*>\\s*${languageName(other)}`),
        );
      else expect(html).toContain(`href="${localePath(other, '/plan/')}" hreflang="${HTML_LANG[other]}"`);
    }
  });

  // A reader took 繁體中文 for an edition written by hand: a generated edition says it is converted in the menu,
  // in its own words, before the reader chooses it; the others say nothing.
  it.each(LOCALES)('on a %s page says which editions are converted automatically', async (lang) => {
    const html = await container.renderToString(LanguageSwitch, { props: { lang, path: '/plan/' } });
    const notes = [...html.matchAll(/class="language-menu__note"[^>]*>([^<]*)</g)].map((m) => m[1]);
    const generated = LOCALES.filter((l) => LOCALE_INFO[l].role === 'generated');
    expect(notes).toEqual(generated.map((l) => useTranslations(l)('lang.generatedSummary')));
  });
});

describe('ValidityNotice', () => {
  const render = (day: string) =>
    container.renderToString(ValidityNotice, {
      props: { lang: 'en' },
      locals: { lang: 'en', path: '/plan/', t: useTranslations('en'), buildDate: new Date(`${day}T00:00:00Z`) },
    });
  it('says the plan is current on a build date inside its period, and over after it', async () => {
    const t = useTranslations('en');
    expect(await render(dates.beforePlanPeriod)).toContain(t('validity.current'));
    expect(await render(dates.afterPlanPeriod)).toContain(t('validity.ended'));
  });
});
