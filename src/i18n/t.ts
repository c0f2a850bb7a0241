// Looks up UI strings in the dictionary of a language.
import { zh, type UIKey, type Dictionary } from './zh.ts';
import { en } from './en.ts';
import type { Lang } from './locales.ts';
import { fullWidthPunctuation } from '../lib/typography/punctuation.ts';

const DICTIONARIES: Record<Lang, Dictionary> = { zh, en };
// Chinese strings are shown with full-width punctuation (GB/T 15834), whichever width they were typed in.
const shown = new Map<UIKey, string>();
const zhShown = (key: UIKey) => shown.get(key) ?? shown.set(key, fullWidthPunctuation(zh[key])).get(key)!;

export type Translate = (key: UIKey) => string;

export function useTranslations(lang: Lang): Translate {
  return lang === 'zh' ? zhShown : (key) => DICTIONARIES[lang][key];
}

/**
 * A string with its {name} placeholders filled in. Chinese punctuation is widened after filling, so a comma
 * or bracket beside a placeholder is shown full-width like the rest.
 */
export function translateWith(lang: Lang, key: UIKey, values: Record<string, string>): string {
  const filled = Object.entries(values).reduce(
    (text, [name, value]) => text.replaceAll(`{${name}}`, value),
    DICTIONARIES[lang][key],
  );
  return lang === 'zh' ? fullWidthPunctuation(filled) : filled;
}
