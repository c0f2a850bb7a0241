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
