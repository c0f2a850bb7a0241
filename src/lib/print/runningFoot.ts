// The running foot of every printed sheet: the site's name, "unofficial site" when it is not an official one,
// and "page n of m", as CSS for the page's margin (@page margin boxes), in one language (its words from the
// dictionaries; a generated language's dictionary is already in its own script, src/i18n/zh-hant.ts).
import { type Lang } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/t.ts';
import { cssString } from './cssString.ts';

export function runningFoot(lang: Lang, official: boolean): string {
  const t = useTranslations(lang);
  const name = official ? t('site.name') : `${t('site.name')} · ${t('identity.banner')}`;
  const pageOf = t('print.pageOf').split(/\{(n|m)\}/);
  // "{n} / {m}" → "counter(page) " / " counter(pages)": the words around the numbers stay in the dictionary.
  const pages = pageOf
    .map((part, i) => (i % 2 ? (part === 'n' ? 'counter(page)' : 'counter(pages)') : part && cssString(part)))
    .filter(Boolean)
    .join(' ');
  return `@page {
  @bottom-left { content: ${cssString(name)}; font: 8pt sans-serif; color: #333; }
  @bottom-right { content: ${pages}; font: 8pt sans-serif; color: #333; }
}
`;
}
