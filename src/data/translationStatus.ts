// Translation status: every source-language file and its translation into each translated language, and
// whether the translation is current. A translated file records the fingerprint of the source text it
// translates (`sourceHash`); a different fingerprint now means the source changed after the translation. Computed once per build and shared
// by every page's history, the /editors/translations/ page and npm run translation:status.
import { parseContent } from '../lib/content/parse.ts';
import { translationPairs } from '../lib/content/translations.ts';
import type { ContentFile } from '../lib/content/checkContent.ts';
import { sourceHash } from './sourceHash.ts';
import type { ContentLang } from '../i18n/locales.ts';
import { CONTENT_ROOT, readContentFiles } from './contentFiles.ts';

export type TranslationState = 'current' | 'stale' | 'unrecorded' | 'missing-translation' | 'missing-source';

export interface TranslationStatus {
  /** Paths from the repository root, e.g. content/services/zh/hotline-12330.md. */
  source: string;
  translation: string;
  /** The translation's language. */
  lang: ContentLang;
  state: TranslationState;
}

export function translationStatus(files: ContentFile[]): TranslationStatus[] {
  const text = new Map(files.map((f) => [f.path, f.text]));
  return translationPairs(files.map((f) => f.path)).map((pair) => {
    const shown = { source: `content/${pair.source}`, translation: `content/${pair.translation}`, lang: pair.lang };
    if (pair.missing) return { ...shown, state: `missing-${pair.missing}` as const };
    const recorded = (
      parseContent(pair.translation, text.get(pair.translation)!).data as { sourceHash?: unknown } | undefined
    )?.sourceHash;
    if (typeof recorded !== 'string') return { ...shown, state: 'unrecorded' };
    return { ...shown, state: recorded === sourceHash(text.get(pair.source)!) ? 'current' : 'stale' };
  });
}

let once: TranslationStatus[] | undefined;
/** The status of the repository's content, read once per build. */
export function siteTranslationStatus(): TranslationStatus[] {
  once ??= translationStatus(readContentFiles(CONTENT_ROOT));
  return once;
}

// What needs an editor first: missing translations, then outdated ones, then unrecorded, then current.
const TO_DO_ORDER: TranslationState[] = ['missing-translation', 'missing-source', 'stale', 'unrecorded', 'current'];

/** /editors/translations/: every pair of files, the ones needing work first. */
export function translationsToDo(): TranslationStatus[] {
  return [...siteTranslationStatus()].sort((a, b) => TO_DO_ORDER.indexOf(a.state) - TO_DO_ORDER.indexOf(b.state));
}
