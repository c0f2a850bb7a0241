// Which Chinese file each English file translates: folders with zh/ and en/ inside (plan, pages,
// progress, services) or zh.* / en.* pairs (explained, overseas). The one pairing rule used by the
// content check (every file has its twin) and by the translation status (is the twin current).

export interface TranslationPair {
  zh: string;
  en: string;
  /** Which side is absent, if one is. */
  missing?: 'zh' | 'en';
}

const BILINGUAL = /^(plan|pages|progress|services)\/(zh|en)\/([\w-]+\.mdx?)$|^(explained|overseas)\/(zh|en)(\.mdx?)$/;

/** The Chinese and English files of the pair a content path (relative to content/) belongs to, if any. */
export function twinPaths(path: string): { zh: string; en: string } | undefined {
  const m = BILINGUAL.exec(path);
  if (!m) return undefined;
  return m[1]
    ? { zh: `${m[1]}/zh/${m[3]}`, en: `${m[1]}/en/${m[3]}` }
    : { zh: `${m[4]}/zh${m[6]}`, en: `${m[4]}/en${m[6]}` };
}

/** The pairs among the given content paths (relative to content/, forward slashes), sorted by the Chinese path. */
export function translationPairs(paths: string[]): TranslationPair[] {
  const present = new Set(paths);
  const pairs = new Map<string, TranslationPair>();
  for (const path of paths) {
    const twins = twinPaths(path);
    if (!twins) continue;
    const { zh, en } = twins;
    const missing = !present.has(zh) ? 'zh' : !present.has(en) ? 'en' : undefined;
    pairs.set(zh, { zh, en, ...(missing && { missing }) });
  }
  return [...pairs.values()].sort((a, b) => a.zh.localeCompare(b.zh));
}
