// Synonyms people type for the same thing (马德里 ↔ 国际商标注册, TISC ↔ 技术与创新支持中心 …).
// Pagefind has no synonym table, so each page carries, as hidden index-only text, the other members of
// every synonym group it mentions; a search for any member then finds the page.
export type SynonymGroups = string[][];

export function synonymKeywords(pageText: string, groups: SynonymGroups): string[] {
  const text = pageText.toLowerCase();
  const found = new Set<string>();
  for (const group of groups) {
    if (!group.some((term) => text.includes(term.toLowerCase()))) continue;
    for (const term of group) if (!text.includes(term.toLowerCase())) found.add(term);
  }
  return [...found];
}
