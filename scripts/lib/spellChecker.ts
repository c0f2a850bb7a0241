// Loads the British English (en-GB) Hunspell dictionary and the project's word list into a spell checker.
// Node-only (reads files); the checking itself is src/lib/content/spelling.ts.
import { existsSync, readFileSync } from 'node:fs';
import nspell from 'nspell';
import type { Dictionary } from '../../src/lib/content/spelling.ts';

/** The words of a word list: one per line; blank lines and lines starting with # are ignored. */
export function readWordList(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

let base: ReturnType<typeof nspell> | undefined;

/** en-GB plus the word list. A word added capitalised ("Center") is accepted only capitalised. */
export function loadSpellChecker(wordListPath: string): Dictionary {
  // The dictionary package exports its files through a top-level await; reading them directly keeps this synchronous.
  const dir = new URL('./', import.meta.resolve('dictionary-en-gb'));
  base ??= nspell(readFileSync(new URL('index.aff', dir)), readFileSync(new URL('index.dic', dir)));
  const words = new Set(readWordList(wordListPath));
  return {
    correct: (word) => words.has(word) || words.has(word[0].toLowerCase() + word.slice(1)) || base!.correct(word),
  };
}
