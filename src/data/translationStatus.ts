// Translation status: every Chinese file and its English twin, and whether the English is current.
// An English file records the fingerprint of the Chinese text it translates (`sourceHash`); a different
// fingerprint now means the Chinese changed after the translation. Computed once per build and shared
// by every page's history, the /editors/translations/ page and npm run translation:status.
import { parseContent } from '../lib/content/parse.ts';
import { translationPairs } from '../lib/content/translations.ts';
import type { ContentFile } from '../lib/content/checkContent.ts';
import { sourceHash } from './sourceHash.ts';
import { CONTENT_ROOT, readContentFiles } from './contentFiles.ts';

export type TranslationState = 'current' | 'stale' | 'unrecorded' | 'missing-en' | 'missing-zh';

export interface TranslationStatus {
  /** Paths from the repository root, e.g. content/services/zh/hotline-12330.md. */
  zh: string;
  en: string;
  state: TranslationState;
}

export function translationStatus(files: ContentFile[]): TranslationStatus[] {
  const text = new Map(files.map((f) => [f.path, f.text]));
  return translationPairs(files.map((f) => f.path)).map((pair) => {
    const shown = { zh: `content/${pair.zh}`, en: `content/${pair.en}` };
    if (pair.missing) return { ...shown, state: pair.missing === 'en' ? 'missing-en' : 'missing-zh' };
    const recorded = (parseContent(pair.en, text.get(pair.en)!).data as { sourceHash?: unknown } | undefined)
      ?.sourceHash;
    if (typeof recorded !== 'string') return { ...shown, state: 'unrecorded' };
    return { ...shown, state: recorded === sourceHash(text.get(pair.zh)!) ? 'current' : 'stale' };
  });
}

let once: TranslationStatus[] | undefined;
/** The status of the repository's content, read once per build. */
export function siteTranslationStatus(): TranslationStatus[] {
  once ??= translationStatus(readContentFiles(CONTENT_ROOT));
  return once;
}

// What needs an editor first: missing translations, then outdated ones, then unrecorded, then current.
const TO_DO_ORDER: TranslationState[] = ['missing-en', 'missing-zh', 'stale', 'unrecorded', 'current'];

/** /editors/translations/: every pair of files, the ones needing work first. */
export function translationsToDo(): TranslationStatus[] {
  return [...siteTranslationStatus()].sort((a, b) => TO_DO_ORDER.indexOf(a.state) - TO_DO_ORDER.indexOf(b.state));
}
