// The change log (/changelog/) as a reader sees it.
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';
import { LOCALES, localePath } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { asShownIn } from '../../src/i18n/converters.ts';
import { CHANGE_KINDS } from '../../src/lib/content/changeKinds.ts';

describe('the change log', () => {
  it('names every changed page in the change log by its title, never by its address', () => {
    for (const url of ['/changelog/', '/en/changelog/']) {
      const named = page(url)
        .querySelectorAll('.changelog li a')
        .map((a) => a.textContent.trim());
      expect(
        named.filter((text) => text.startsWith('/')),
        url,
      ).toEqual([]);
    }
  });

  it.each(LOCALES)('says in %s what changed on each page, in the reader’s words, never a commit’s note', (lang) => {
    const t = useTranslations(lang);
    const url = localePath(lang, '/changelog/');
    const shown = asShownIn(lang);
    const words = CHANGE_KINDS.map((kind) => shown(t(`changelog.kind.${kind}`)));
    const items = page(url).querySelectorAll('.changelog__pages > li');
    expect(items.length, url).toBeGreaterThan(0);
    const unexplained = items
      .map((li) => ({
        title: li.querySelector('a')!.textContent,
        said: li.textContent.slice(li.querySelector('a')!.textContent.length),
      }))
      .filter(({ said }) => !/^[:：]/.test(said) || !words.some((word) => said.includes(word)));
    expect(unexplained, url).toEqual([]);
    expect(page(url).querySelectorAll('.changelog__notes'), url).toHaveLength(0);
  });
});
