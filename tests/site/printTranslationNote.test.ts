// Every printout that shows the translation says it is unofficial and the Chinese text prevails: a page in the
// translation, and a page of any language showing the translation's text beside the source (the side-by-side
// plan, whose parts print alone). A compliance officer's Chinese part print once left the line out. The line is
// in the print header, which every printout keeps (whole page or one part).
import { describe, expect, it } from 'vitest';
import { page, pageUrls } from '../support/dist.ts';
import { HTML_LANG, LOCALES, LOCALE_ROLE, splitLocale } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { asShownIn } from '../../src/i18n/converters.ts';

const translations = LOCALES.filter((lang) => LOCALE_ROLE[lang] === 'translation');
// Text in a translation's language inside <main>, long enough to be the plan's words rather than a language's name.
const showsTranslation = (main: ReturnType<typeof page>) =>
  translations.some((lang) =>
    main
      .querySelectorAll(`[lang="${HTML_LANG[lang]}"]`)
      .some((el) => el.textContent.replace(/\s+/g, ' ').trim().length > 40),
  );

describe('the unofficial-translation line on paper', () => {
  const urls = pageUrls();
  // Pages of the bilingual tree (with alternates); the 404 page greets in both languages, it quotes no plan text.
  const printed = urls.filter((url) => {
    const { lang } = splitLocale(url, '');
    const html = page(url);
    if (!html.querySelector('link[rel="alternate"][hreflang]')) return false;
    const main = html.querySelector('main');
    return LOCALE_ROLE[lang] === 'translation' || (main !== null && showsTranslation(main));
  });
  it('finds pages in another language that show the translation (the side-by-side plan)', () => {
    expect(printed.filter((url) => LOCALE_ROLE[splitLocale(url, '').lang] !== 'translation').length).toBeGreaterThan(0);
  });
  it.each(printed)('%s prints the line in its print header', (url) => {
    const { lang } = splitLocale(url, '');
    const line = page(url).querySelector('[data-print-header] [data-print-translation]');
    expect(line?.textContent.trim()).toBe(asShownIn(lang)(useTranslations(lang)('footer.translationNote')));
  });
});
