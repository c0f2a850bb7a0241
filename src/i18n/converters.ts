// Converters between scripts, for languages generated at build time (the locale table's `convert`).
// OpenCC's character conversion, with its phrase tables only to choose the right character (发 → 發 or 髮) and
// the common Traditional character forms (為, 裡: OpenCC `tw` variants), never its regional vocabulary (`twp`
// would turn 软件 into 軟體): the plan is a legal text, so its words stay the plan's words.
// Each converter has its inverse, so a test can prove the conversion loses nothing.
import * as OpenCC from 'opencc-js';
import { LOCALE_INFO, type Lang } from './localeTable.ts';

type Convert = (text: string) => string;
const made = new Map<string, Convert>();
const lazily =
  (key: string, make: () => Convert): Convert =>
  (text) =>
    (made.get(key) ?? made.set(key, make()).get(key)!)(text);

export const CONVERTERS = {
  /** Simplified to Traditional characters (OpenCC `cn` → `tw`: characters and their common forms, no vocabulary). */
  s2t: lazily('s2t', () => OpenCC.Converter({ from: 'cn', to: 'tw' })),
} as const;

/** The inverse of each converter, for the round-trip test. */
export const INVERSE_CONVERTERS: Record<keyof typeof CONVERTERS, Convert> = {
  s2t: lazily('t2s', () => OpenCC.Converter({ from: 'tw', to: 'cn' })),
};

export type ConverterName = keyof typeof CONVERTERS;

/** Text as a page in `lang` shows it: converted for a generated language, as it is otherwise. */
export function asShownIn(lang: Lang): (text: string) => string {
  const convert = (LOCALE_INFO[lang] as { convert?: ConverterName }).convert;
  return convert ? CONVERTERS[convert] : (text) => text;
}
