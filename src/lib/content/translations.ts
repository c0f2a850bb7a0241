// Which source-language file each translated file translates, by the registry's layout of each kind
// (src/lib/content/registry.ts): the one pairing rule used by the content check (every file has its
// translations) and by the translation status (is each translation current).
import { SOURCE_LANG, TRANSLATION_LANGS, type ContentLang } from '../../i18n/locales.ts';
import { languageFiles, placeFile } from './registry.ts';

export interface TranslationPair {
  /** The source-language file and its translation into `lang` (paths relative to content/). */
  source: string;
  translation: string;
  lang: ContentLang;
  /** Which side is absent, if one is. */
  missing?: 'source' | 'translation';
}

/** For a translated file: its language and the source file it translates (paths relative to content/). */
export function sourceOf(path: string): { source: string; lang: ContentLang } | undefined {
  const placed = placeFile(path);
  if (!placed?.lang || placed.lang === SOURCE_LANG) return undefined;
  return { source: languageFiles(path)![SOURCE_LANG], lang: placed.lang };
}

/** Every (source, translation) pair among the given content paths, one per translation language, sorted by source. */
export function translationPairs(paths: string[]): TranslationPair[] {
  const present = new Set(paths);
  const pairs = new Map<string, TranslationPair>();
  for (const path of paths) {
    const files = languageFiles(path);
    if (!files) continue;
    for (const lang of TRANSLATION_LANGS) {
      const source = files[SOURCE_LANG];
      const translation = files[lang];
      const missing = !present.has(source) ? 'source' : !present.has(translation) ? 'translation' : undefined;
      pairs.set(`${source}→${lang}`, { source, translation, lang, ...(missing && { missing }) });
    }
  }
  return [...pairs.values()].sort((a, b) => a.source.localeCompare(b.source) || a.lang.localeCompare(b.lang));
}
