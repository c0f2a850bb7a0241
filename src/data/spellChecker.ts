// Loads the Hunspell dictionary of each proofread translation (the locale table's `spellcheck`: en-GB for
// English) and the project's word list into a spell checker. Node-only (reads files); the checking itself is
// src/lib/content/spelling.ts.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import type { Dictionary } from '../lib/content/spelling.ts';
import type { SpellCheckers } from '../lib/content/checkEnglish.ts';
import { PROOFREAD_LANGS, spellcheckOf } from '../i18n/locales.ts';

/** The words of a word list: one per line; blank lines and lines starting with # are ignored. */
function readWordList(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** The project's own words (content/glossary/words.txt) in a content folder. */
export const wordListIn = (contentRoot: string) => join(contentRoot, 'glossary', 'words.txt');

const loaded = new Map<string, ReturnType<typeof nspell>>();

function hunspell(pkg: string): ReturnType<typeof nspell> {
  let speller = loaded.get(pkg);
  if (!speller) {
    // The package's own entry reads these files with a top-level await; reading them here keeps this synchronous.
    // Resolved from the project folder, so it works however the caller was bundled (scripts, tests, astro.config).
    const dir = dirname(createRequire(join(process.cwd(), 'package.json')).resolve(pkg));
    loaded.set(pkg, (speller = nspell(readFileSync(join(dir, 'index.aff')), readFileSync(join(dir, 'index.dic')))));
  }
  return speller;
}

/** Each proofread language's dictionary plus the word list. A word listed with a capital ("Center") is accepted
 *  only with one. */
export function loadSpellChecker(wordListPath: string): SpellCheckers {
  const words = new Set(readWordList(wordListPath));
  const known = (word: string) => words.has(word) || words.has(word[0].toLowerCase() + word.slice(1));
  return Object.fromEntries(
    PROOFREAD_LANGS.map((lang) => {
      const base = hunspell(spellcheckOf(lang)!);
      return [lang, { correct: (word: string) => known(word) || base.correct(word) } satisfies Dictionary];
    }),
  );
}
