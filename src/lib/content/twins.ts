// Pairs content entries across languages: every entry <lang>/<slug> must have a twin in every language.
export interface Twin { slug: string }

/** The slugs present in all languages; throws, naming the missing file, when a twin is absent. */
export function pageTwins(ids: string[], langs: readonly string[], folder: string): Twin[] {
  const slugs = new Set(ids.map((id) => id.split('/').slice(1).join('/')));
  const missing: string[] = [];
  for (const slug of slugs) {
    for (const lang of langs) if (!ids.includes(`${lang}/${slug}`)) missing.push(`${folder}/${lang}/${slug}.md`);
  }
  if (missing.length) {
    throw new Error(
      `缺少译文文件 / missing translation: ${missing.join(', ')}。` +
        `请添加该文件(可复制另一语言的文件后翻译)/ add the file (copy its twin in the other language and translate it).`,
    );
  }
  return [...slugs].sort().map((slug) => ({ slug }));
}
