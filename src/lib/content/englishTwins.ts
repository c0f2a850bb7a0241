// The Chinese texts outside the plan and their English twins, so the glossary holds on every English page
// and not only in the plan (issue 26). Pages, the explainer, the overseas guide, progress records and
// service texts are translated as whole texts, not clause by clause, so a Markdown pair is compared as one
// text: a term anywhere in the Chinese must be rendered as decided somewhere in the English. Data that is
// bilingual field by field (names, facts, labels) is compared field by field.
import { parseContent } from './parse.ts';
import type { TwinText } from './glossaryConsistency.ts';
import { markdownProse } from './spelling.ts';

/** Folders where content/<kind>/zh/<name> is translated by content/<kind>/en/<name>. */
const TRANSLATED = /^(pages|progress|services)\/zh\/([\w-]+\.mdx?)$/;
/** Single-file kinds: content/<kind>/zh.md(x) is translated by content/<kind>/en.md(x). */
const SINGLE = /^(explained|overseas)\/zh(\.mdx?)$/;

/** The Chinese twin's path of an English Markdown file, or undefined when it has none. */
function englishPathOf(zhPath: string): string | undefined {
  const pair = TRANSLATED.exec(zhPath);
  if (pair) return `${pair[1]}/en/${pair[2]}`;
  const single = SINGLE.exec(zhPath);
  return single ? `${single[1]}/en${single[2]}` : undefined;
}

/** A Markdown file's reader-visible text (front matter prose and body) as one string. The Chinese side is
 *  read without its front matter's English fields (a service's name.en, a fact's text.en): those are
 *  compared field by field below. */
function markdownText(text: string, dropEnglishFields: boolean): string {
  return markdownProse(text)
    .filter((line) => !dropEnglishFields || !line.where.split('.').includes('en'))
    .map((line) => line.text)
    .join('\n');
}

/** Each bilingual pair in a JSON or front-matter document, with the English field's path: `{ zh, en }`,
 *  and a field beside its English gloss (a source's title and titleEn, publisher and publisherEn). */
function bilingualFields(data: unknown, path: string[] = []): Array<{ field: string; zh: string; en: string }> {
  if (Array.isArray(data)) return data.flatMap((item, i) => bilingualFields(item, [...path, String(i)]));
  if (!data || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  const own = Object.entries(record).flatMap(([key, value]) => {
    const [zhKey, enKey] = key === 'en' ? ['zh', 'en'] : key.endsWith('En') ? [key.slice(0, -2), key] : [];
    const zh = zhKey === undefined ? undefined : record[zhKey];
    return typeof zh === 'string' && typeof value === 'string'
      ? [{ field: [...path, enKey!].join('.'), zh, en: value }]
      : [];
  });
  return [
    ...own,
    ...Object.entries(record)
      .filter(([, value]) => value !== null && typeof value === 'object')
      .flatMap(([key, value]) => bilingualFields(value, [...path, key])),
  ];
}

/**
 * Every Chinese text outside the plan with its English twin: whole Markdown translations, and the bilingual
 * fields of service and progress records, targets (other than planWording, which checkEnglish compares with
 * the plan's clause) and the unit names.
 */
export function contentTwins(files: Map<string, string>, display: (path: string) => string): TwinText[] {
  const twins: TwinText[] = [];
  for (const [path, text] of files) {
    const enPath = englishPathOf(path);
    const enText = enPath === undefined ? undefined : files.get(enPath);
    if (enPath !== undefined && enText !== undefined) {
      twins.push({
        file: display(enPath),
        field: `text (translating ${display(path)})`,
        zh: markdownText(text, true),
        en: markdownText(enText, false),
      });
    }
    // Bilingual fields: a service's name and facts and a progress record's sources (in the Chinese record),
    // a target's name, benchmark labels and sources, the unit names.
    const fielded = /^(services|progress)\/zh\/[\w-]+\.md$/.test(path)
      ? parseContent('', text).data
      : /^(targets\/[\w-]+|glossary\/units)\.json$/.test(path)
        ? parseContent('.json', text).data
        : undefined;
    for (const pair of bilingualFields(withoutPlanWording(fielded)))
      twins.push({ file: display(path), field: pair.field, zh: pair.zh, en: pair.en });
  }
  return twins;
}

// A target's planWording is the plan's own sentence: checkEnglish already compares it with the clause.
function withoutPlanWording(data: unknown): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  const { planWording: _, ...rest } = data as Record<string, unknown>;
  return rest;
}
