// Translation status: every Chinese file and its English twin, and whether the English is current.
// An English file records the fingerprint of the Chinese text it translates (`sourceHash`); a different
// fingerprint now means the Chinese changed after the translation. `npm run translation:mark` records it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { sourceHash } from './hash.ts';

export type TranslationState = 'current' | 'stale' | 'unrecorded' | 'missing-en' | 'missing-zh';

export interface TranslationPair {
  zh: string;
  en: string;
  state: TranslationState;
}

/** Where the bilingual content lives: folders with zh/ and en/ inside, or zh.* / en.* file pairs. */
const FOLDERS = ['plan', 'pages', 'progress', 'services'];
const PAIRS = [['explained', '.md'], ['overseas', '.mdx']] as const;

export function recordedHash(enFile: string): string | undefined {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(enFile, 'utf8'))?.[1];
  try {
    const data = frontMatter ? (parseYaml(frontMatter) as Record<string, unknown> | null) : null;
    return typeof data?.sourceHash === 'string' ? data.sourceHash : undefined;
  } catch {
    return undefined; // malformed front matter: the schema check reports it with the file's name
  }
}

function stateOf(zhFile: string, enFile: string): TranslationState {
  if (!existsSync(enFile)) return 'missing-en';
  if (!existsSync(zhFile)) return 'missing-zh';
  const recorded = recordedHash(enFile);
  if (!recorded) return 'unrecorded';
  return recorded === sourceHash(readFileSync(zhFile, 'utf8')) ? 'current' : 'stale';
}

export function translationPairs(contentRoot: string, displayRoot = join(contentRoot, '..')): TranslationPair[] {
  const pairs: Array<[string, string]> = [];
  for (const folder of FOLDERS) {
    const names = new Set(['zh', 'en'].flatMap((lang) => {
      const dir = join(contentRoot, folder, lang);
      return existsSync(dir) ? readdirSync(dir).filter((f) => /\.mdx?$/.test(f)) : [];
    }));
    for (const name of [...names].sort()) pairs.push([join(contentRoot, folder, 'zh', name), join(contentRoot, folder, 'en', name)]);
  }
  for (const [folder, ext] of PAIRS) pairs.push([join(contentRoot, folder, `zh${ext}`), join(contentRoot, folder, `en${ext}`)]);
  return pairs.map(([zh, en]) => ({ zh: relative(displayRoot, zh), en: relative(displayRoot, en), state: stateOf(zh, en) }));
}
