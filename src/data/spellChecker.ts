// Loads the British English (en-GB) Hunspell dictionary and the project's word list into a spell checker.
// Node-only (reads files); the checking itself is src/lib/content/spelling.ts.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import type { Dictionary } from '../lib/content/spelling.ts';

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

let base: ReturnType<typeof nspell> | undefined;

/** en-GB plus the word list. A word listed with a capital ("Center") is accepted only with one. */
export function loadSpellChecker(wordListPath: string): Dictionary {
  // The package's own entry reads these files with a top-level await; reading them here keeps this synchronous.
  // Resolved from the project folder, so it works however the caller was bundled (scripts, tests, astro.config).
  const dir = dirname(createRequire(join(process.cwd(), 'package.json')).resolve('dictionary-en-gb'));
  base ??= nspell(readFileSync(join(dir, 'index.aff')), readFileSync(join(dir, 'index.dic')));
  const words = new Set(readWordList(wordListPath));
  const known = (word: string) => words.has(word) || words.has(word[0].toLowerCase() + word.slice(1));
  return { correct: (word) => known(word) || base!.correct(word) };
}
