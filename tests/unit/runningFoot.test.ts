// The foot of every printed sheet: a loose sheet of a long printout says which site it came from, that the
// site is unofficial (unless it is official), and which page of how many it is — in the page's language.
import { describe, expect, it } from 'vitest';
import { runningFoot } from '../../src/lib/print/runningFoot.ts';
import { LOCALES, contentLang, isGenerated } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';

describe('the running foot of a printed sheet', () => {
  for (const lang of LOCALES) {
    const t = useTranslations(lang);
    it(`${lang}: names the site, says it is unofficial and counts the pages`, () => {
      const css = runningFoot(lang, false);
      expect(css).toContain(t('site.name'));
      expect(css).toContain(t('identity.banner'));
      expect(css).toMatch(/counter\(page\)[^;]*counter\(pages\)/);
    });
    it(`${lang}: says nothing of being unofficial on an official site`, () => {
      expect(runningFoot(lang, true)).not.toContain(t('identity.banner'));
    });
    if (isGenerated(lang))
      it(`${lang}: is in the edition's own script`, () => {
        expect(runningFoot(lang, false)).toContain(t('site.name'));
        expect(t('site.name')).not.toBe(useTranslations(contentLang(lang))('site.name'));
      });
  }
});
