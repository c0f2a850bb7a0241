// Lists in running text by the language's own rules (Intl.ListFormat): 甲、乙和丙 / A, B and C.
// English never joins with 、. Parts let a page put links between the separators.
import type { Lang } from '../../i18n/locales.ts';
import { LOCALE_INFO } from '../../i18n/localeTable.ts';

export type ListPart = { type: 'item'; index: number } | { type: 'literal'; value: string };

/** The list of `count` items as item slots and the literal separators between them. */
export function listParts(count: number, lang: Lang): ListPart[] {
  const placeholders = Array.from({ length: count }, (_, i) => `\u0000${i}\u0000`);
  return new Intl.ListFormat(LOCALE_INFO[lang].intl, { type: 'conjunction' })
    .formatToParts(placeholders)
    .map((part) =>
      part.type === 'element'
        ? { type: 'item', index: Number(part.value.replace(/\u0000/g, '')) }
        : { type: 'literal', value: part.value },
    );
}

export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALE_INFO[lang].intl, { type: 'conjunction' }).format(items);
}

/** A list the sentence goes on from ("甲、乙、丙等5处", "A, B, C and 2 more"): no conjunction of its own. */
export function formatSeries(items: string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALE_INFO[lang].intl, { type: 'conjunction', style: 'narrow' }).format(items);
}
