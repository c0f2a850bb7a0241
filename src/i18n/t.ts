// Looks up UI strings in the dictionary of a language.
import { zh, type UIKey, type Dictionary } from './zh.ts';
import { en } from './en.ts';
import type { Lang } from './locales.ts';

const DICTIONARIES: Record<Lang, Dictionary> = { zh, en };

export type Translate = (key: UIKey) => string;

export function useTranslations(lang: Lang): Translate {
  return (key) => DICTIONARIES[lang][key];
}
