// Side-by-side reading: the Chinese and English clauses paired by clause ID, in the order of the
// Chinese original (the text that prevails). Each row is one clause in both languages.
import type { Clause } from './parsePlan.ts';

export interface CompareRow {
  id: string;
  kind: Clause['kind'];
  /** Heading depth (2 = part) or 0 for a paragraph, from the Chinese text. */
  depth: number;
  zh: string;
  en: string;
}

/**
 * Pairs the clauses of both languages. A clause missing from either language is an error naming the
 * file to fix, since the content check already requires the two texts to carry the same IDs.
 */
export function pairClauses(zh: Clause[], en: Clause[]): CompareRow[] {
  const english = new Map(en.map((c) => [c.id, c.text]));
  const chinese = new Set(zh.map((c) => c.id));
  const missingEn = zh.filter((c) => !english.has(c.id)).map((c) => c.id);
  const missingZh = en.filter((c) => !chinese.has(c.id)).map((c) => c.id);
  if (missingEn.length > 0 || missingZh.length > 0) {
    throw new Error(
      `中英文条款编号不一致:英文缺少 ${missingEn.join(', ') || '—'};中文缺少 ${missingZh.join(', ') || '—'}。请在 content/plan/en/ 或 content/plan/zh/ 中补齐同一编号的条款。` +
        ` / The Chinese and English plans do not carry the same clause IDs: missing in English ${missingEn.join(', ') || '—'}; missing in Chinese ${missingZh.join(', ') || '—'}. Add the clause with that {#id} to content/plan/en/ or content/plan/zh/.`,
    );
  }
  return zh.map((c) => ({ id: c.id, kind: c.kind, depth: c.depth, zh: c.text, en: english.get(c.id)! }));
}
