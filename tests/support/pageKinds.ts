// Page kinds of the built site, for checks where one page of each kind stands for the rest (layout, axe in
// the desktop window): pages of one kind share a template and differ only in content, which the every-page
// sweep (tests/browser/everyPage.spec.ts) covers. A kind is a language and the language-neutral path with a
// record's slug folded: "zh /services/…/", "en /plan/compare".
import { isGenerated, splitLocale } from '../../src/i18n/locales.ts';
import { NAV_ITEMS } from '../../src/components/navItems.ts';
import { pageUrls } from './dist.ts';

// Sections of the site from its navigation, whose records (/services/<slug>/ …) share one template.
const SECTIONS = new Set(NAV_ITEMS.map(({ href }) => href.split('/')[1]).filter(Boolean));

/** The page's kind: its language and template. */
export function kindOf(url: string): string {
  const { lang, path } = splitLocale(url, '');
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 2 && SECTIONS.has(parts[0]) && parts[0] !== 'plan') return `${lang} /${parts[0]}/…/`;
  return `${lang} /${parts.join('/')}`;
}

/** One page of each kind, in each language. */
export const oneOfEachKind = (urls: string[]): string[] => [...new Map(urls.map((url) => [kindOf(url), url])).values()];

/** The pages in a written language: a generated edition (繁體) is the source's markup with its characters
 *  converted, so its layout is the source's; every page of it is still loaded by the every-page sweep. */
export const inWrittenLanguages = (urls: string[]): string[] =>
  urls.filter((url) => !isGenerated(splitLocale(url, '').lang));

/** The pages that stand for their kind in dist/: one of each kind, in each written language. */
export const kindSamples = (): string[] => inWrittenLanguages(oneOfEachKind(pageUrls()));
