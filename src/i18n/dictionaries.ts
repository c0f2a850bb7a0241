// Each language's UI-string dictionary, by the code the locale table gives it.
import type { Lang } from './localeTable.ts';
import { zh, type Dictionary } from './zh.ts';
import { en } from './en.ts';
import { zhHant } from './zh-hant.ts';

export const DICTIONARIES: Record<Lang, Dictionary> = { zh, en, 'zh-hant': zhHant };
