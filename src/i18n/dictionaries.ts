// Each language's UI-string dictionary, by the code the locale table gives it. Code outside src/i18n imports
// the dictionary types from here, never from a language's own file.
import type { Lang } from './localeTable.ts';
import { zh, type Dictionary, type UIKey } from './zh.ts';
import { en } from './en.ts';
import { zhHant } from './zh-hant.ts';

export type { Dictionary, UIKey };

export const DICTIONARIES: Record<Lang, Dictionary> = { zh, en, 'zh-hant': zhHant };
