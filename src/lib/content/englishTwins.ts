// The Chinese texts outside the plan and their English twins, so the glossary holds on every English page
// and not only in the plan (issue 26). Pages, the explainer, the overseas guide, progress records and
// service texts are translated as whole texts, not clause by clause, so a Markdown pair is compared as one
// text: a term anywhere in the Chinese must be rendered as decided somewhere in the English. Data that is
// bilingual field by field (names, facts, labels) is compared field by field.
import { SOURCE_LANG, glossField, type ContentLang } from '../../i18n/locales.ts';
import { parseContent } from './parse.ts';
import type { TwinText } from './glossaryConsistency.ts';
import { markdownProse } from './spelling.ts';

/** The path of a source Markdown file's twin in `lang`, or undefined when it has none: content/<kind>/zh/<name>
 *  is translated by content/<kind>/en/<name>, and a single-file kind's content/<kind>/zh.md(x) by <kind>/en.md(x). */
function translationPathOf(sourcePath: string, lang: ContentLang): string | undefined {
  const pair = new RegExp(`^(pages|progress|services)/${SOURCE_LANG}/([\\w-]+\\.mdx?)$`).exec(sourcePath);
  if (pair) return `${pair[1]}/${lang}/${pair[2]}`;
  const single = new RegExp(`^(explained|overseas)/${SOURCE_LANG}(\\.mdx?)$`).exec(sourcePath);
  return single ? `${single[1]}/${lang}${single[2]}` : undefined;
}

/** A Markdown file's reader-visible text (front matter prose and body) as one string. The source side is
 *  read without its front matter's fields in the translation (a service's name.en, a fact's text.en): those
 *  are compared field by field below. */
function markdownText(text: string, dropFieldsIn?: ContentLang): string {
  return markdownProse(text)
    .filter((line) => !dropFieldsIn || !line.where.split('.').includes(dropFieldsIn))
    .map((line) => line.text)
    .join('\n');
}

/** Each pair of a source text and its translation in a JSON or front-matter document, with the translation
 *  field's path: `{ zh, en }`, and a field beside its gloss (a source's title and titleEn). */
function bilingualFields(
  data: unknown,
  lang: ContentLang,
  path: string[] = [],
): Array<{ field: string; source: string; translation: string }> {
  if (Array.isArray(data)) return data.flatMap((item, i) => bilingualFields(item, lang, [...path, String(i)]));
  if (!data || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  const gloss = glossField('', lang);
  const own = Object.entries(record).flatMap(([key, value]) => {
    const sourceKey = key === lang ? SOURCE_LANG : key.endsWith(gloss) ? key.slice(0, -gloss.length) : undefined;
    const source = sourceKey === undefined ? undefined : record[sourceKey];
    return typeof source === 'string' && typeof value === 'string'
      ? [{ field: [...path, key].join('.'), source, translation: value }]
      : [];
  });
  return [
    ...own,
    ...Object.entries(record)
      .filter(([, value]) => value !== null && typeof value === 'object')
      .flatMap(([key, value]) => bilingualFields(value, lang, [...path, key])),
  ];
}

/**
 * Every Chinese text outside the plan with its English twin: whole Markdown translations, and the bilingual
 * fields of service and progress records, targets (other than planWording, which checkEnglish compares with
 * the plan's clause) and the unit names.
 */
export function contentTwins(
  files: Map<string, string>,
  display: (path: string) => string,
  lang: ContentLang,
): TwinText[] {
  const twins: TwinText[] = [];
  const sourceRecord = new RegExp(`^(services|progress)/${SOURCE_LANG}/[\\w-]+\\.md$`);
  for (const [path, text] of files) {
    const twinPath = translationPathOf(path, lang);
    const twinText = twinPath === undefined ? undefined : files.get(twinPath);
    if (twinPath !== undefined && twinText !== undefined) {
      twins.push({
        file: display(twinPath),
        field: `text (translating ${display(path)})`,
        source: markdownText(text, lang),
        translation: markdownText(twinText),
      });
    }
    // Bilingual fields: a service's name and facts and a progress record's sources (in the Chinese record),
    // a target's name, benchmark labels and sources, the unit names.
    const fielded = sourceRecord.test(path)
      ? parseContent('', text).data
      : /^(targets\/[\w-]+|glossary\/units)\.json$/.test(path)
        ? parseContent('.json', text).data
        : undefined;
    for (const pair of bilingualFields(withoutPlanWording(fielded), lang)) twins.push({ file: display(path), ...pair });
  }
  return twins;
}

// A target's planWording is the plan's own sentence: checkEnglish already compares it with the clause.
function withoutPlanWording(data: unknown): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  const { planWording: _, ...rest } = data as Record<string, unknown>;
  return rest;
}
