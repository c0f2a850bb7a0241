// Side-by-side reading: each translation's clauses paired with the source's by clause ID, in the order of
// the source text (the text that prevails). Each row is one clause in every content language.
import type { Clause } from './parsePlan.ts';
import { CONTENT_LANGS, SOURCE_LANG, languageName, type ContentLang } from '../../i18n/locales.ts';

export interface CompareRow {
  id: string;
  kind: Clause['kind'];
  /** Heading depth (2 = part) or 0 for a paragraph, from the source text. */
  depth: number;
  /** The clause's text in each content language. */
  text: Record<ContentLang, string>;
}

/**
 * Pairs the clauses of every content language. A clause missing from one language is an error naming the
 * language and the folder to fix, since the content check already requires the texts to carry the same IDs.
 */
export function pairClauses(clauses: Record<ContentLang, Clause[]>): CompareRow[] {
  const source = clauses[SOURCE_LANG];
  const sourceIds = new Set(source.map((c) => c.id));
  const texts = new Map(CONTENT_LANGS.map((lang) => [lang, new Map(clauses[lang].map((c) => [c.id, c.text]))]));
  const problems = CONTENT_LANGS.flatMap((lang) => {
    const missing =
      lang === SOURCE_LANG
        ? CONTENT_LANGS.flatMap((other) => clauses[other].filter((c) => !sourceIds.has(c.id)).map((c) => c.id))
        : source.filter((c) => !texts.get(lang)!.has(c.id)).map((c) => c.id);
    return missing.length
      ? [`missing in ${languageName(lang)} ${[...new Set(missing)].join(', ')} (content/plan/${lang}/)`]
      : [];
  });
  if (problems.length > 0)
    throw new Error(
      `各语言的条款编号不一致 / The plan's languages do not carry the same clause IDs: ${problems.join('; ')}. ` +
        '请补齐同一编号的条款 / Add the clause with that {#id} to the folder named.',
    );
  return source.map((c) => ({
    id: c.id,
    kind: c.kind,
    depth: c.depth,
    text: Object.fromEntries(CONTENT_LANGS.map((lang) => [lang, texts.get(lang)!.get(c.id)!])) as Record<
      ContentLang,
      string
    >,
  }));
}

/** The notice of issue (印发通知) as rows: its paragraphs carry no clause IDs, so the languages are paired by
 *  position; the first row is `notice` (the plan page's anchor), the others `notice-2`, `notice-3` …. A
 *  translation with a different number of paragraphs is an error naming its folder. */
export function pairNotice(paragraphs: Record<ContentLang, string[]>): CompareRow[] {
  const source = paragraphs[SOURCE_LANG];
  const uneven = CONTENT_LANGS.filter((lang) => paragraphs[lang].length !== source.length);
  if (uneven.length > 0)
    throw new Error(
      `印发通知的段落数不一致 / The notice of issue has ${source.length} paragraphs in content/plan/${SOURCE_LANG}/ ` +
        `but ${uneven.map((lang) => `${paragraphs[lang].length} in content/plan/${lang}/`).join(', ')}: ` +
        '请逐段对应 / give each paragraph its own translation, in the same order.',
    );
  return source.map((_, i) => ({
    id: i === 0 ? 'notice' : `notice-${i + 1}`,
    kind: 'notice',
    depth: 0,
    text: Object.fromEntries(CONTENT_LANGS.map((lang) => [lang, paragraphs[lang][i]])) as Record<ContentLang, string>,
  }));
}

/** The rows in groups a reader can print one at a time: what comes before the first part (title, notice,
 *  preamble), then each part (一 … 六) with its clauses. */
export function groupByPart(rows: CompareRow[]): CompareRow[][] {
  const groups: CompareRow[][] = [];
  for (const row of rows) {
    if (row.kind === 'part' || groups.length === 0) groups.push([]);
    groups[groups.length - 1].push(row);
  }
  return groups;
}

/** A part's rows split at its sections, the （一）（二）… headings one level below the part's own: the rows before
 *  the first (the part's heading) and each section with its clauses, so a reader can print one section alone
 *  (part 四 runs to some twenty sheets side by side; one of its sections to a few). A group that is not a part
 *  (the title and notice before part 一) or a part without such headings has no sections. */
export function splitSections(group: CompareRow[]): { lead: CompareRow[]; sections: CompareRow[][] } {
  const [head] = group;
  if (head?.kind !== 'part') return { lead: group, sections: [] };
  const lead: CompareRow[] = [];
  const sections: CompareRow[][] = [];
  for (const row of group) {
    if (row.depth === head.depth + 1) sections.push([]);
    (sections.length > 0 ? sections[sections.length - 1] : lead).push(row);
  }
  return { lead, sections };
}
