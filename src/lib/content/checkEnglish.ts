// The proofread translations' own checks, run by the content check: one term per concept (the glossary), in
// the plan and in every other text (englishTwins.ts), the house style (englishStyle.ts) and spelling. Which
// languages are proofread is the locale table's (PROOFREAD_LANGS: today English, British spelling).
// Pure (files in, problems out); the caller brings the dictionaries (src/data/spellChecker.ts).
import { PROOFREAD_LANGS, SOURCE_LANG, localePath, type ContentLang } from '../../i18n/locales.ts';
import { parsePlanMarkdown } from '../plan/parsePlan.ts';
import { parseContent } from './parse.ts';
import type { ContentProblem } from './problems.ts';
import { termsFile } from '../schemas/glossaryTerms.ts';
import { checkAvoidedRenderings, checkGlossaryConsistency, type TwinText } from './glossaryConsistency.ts';
import {
  fieldInLanguage,
  findMisspellings,
  jsonProse,
  markdownProse,
  type Dictionary,
  type ProseLine,
} from './spelling.ts';
import { contentTwins } from './englishTwins.ts';
import { checkEnglishStyle } from './englishStyle.ts';

/** A content file: its path relative to content/ (forward slashes) and its text. */
export interface TextFile {
  path: string;
  text: string;
}

/** Spelling dictionaries by proofread language (src/data/spellChecker.ts loads the table's). */
export type SpellCheckers = Partial<Record<ContentLang, Dictionary>>;

/** Every file a reader sees in `lang`: the plan, pages, explainer, progress, services, overseas guide, targets,
 *  unit names. */
const filesIn = (lang: ContentLang) =>
  new RegExp(
    `^(?:(?:plan|pages|progress|services)/${lang}/[\\w-]+\\.mdx?|explained/${lang}\\.md|overseas/${lang}\\.mdx|targets/[\\w-]+\\.json|glossary/units\\.json)$`,
  );
/** Source records that carry fields in the translations, shown on their pages: a service's name and facts, a
 *  progress record's source glosses. */
const RECORD_WITH_TRANSLATIONS = new RegExp(`^(?:progress|services)/${SOURCE_LANG}/[\\w-]+\\.md$`);

/** The prose of a file in `lang`, by line or field; none for a file without text in it. */
function linesIn(lang: ContentLang, path: string, text: string): ProseLine[] {
  if (RECORD_WITH_TRANSLATIONS.test(path))
    return markdownProse(text).filter((line) => line.where.split('.').some((key) => fieldInLanguage(key, lang)));
  if (!filesIn(lang).test(path)) return [];
  return path.endsWith('.json') ? jsonProse(parseJson(text), lang) : markdownProse(text);
}

// A malformed file gives no data here: the schema check reports it by file.
const parseJson = (text: string): unknown => parseContent('.json', text).data;

/** A plan file's clauses, read after its front matter as the build reads it. */
const clausesOf = (text: string) => parsePlanMarkdown(parseContent('', text).body ?? '').clauses;

const planFile = (lang: ContentLang) => new RegExp(`^plan/${lang}/[\\w-]+\\.md$`);
const TARGET_FILE = /^targets\/[\w-]+\.json$/;
type TargetWording = { clause?: string; planWording?: Partial<Record<ContentLang, string>> } | undefined;

/** Each plan clause and each target's quoted plan wording, in the source language with its twin in `lang`. */
function twinTexts(files: Map<string, string>, display: (path: string) => string, lang: ContentLang): TwinText[] {
  const twins: TwinText[] = [];
  for (const [path, text] of files) {
    if (!planFile(SOURCE_LANG).test(path)) continue;
    const twinPath = path.replace(`plan/${SOURCE_LANG}/`, `plan/${lang}/`);
    const twinText = files.get(twinPath);
    if (twinText === undefined) continue;
    const translated = new Map(clausesOf(twinText).map((c) => [c.id, c.text]));
    for (const c of clausesOf(text)) {
      const translation = translated.get(c.id);
      if (translation !== undefined)
        twins.push({ file: display(twinPath), field: `clause ${c.id}`, source: c.text, translation });
    }
  }
  for (const [path, text] of files) {
    if (!TARGET_FILE.test(path)) continue;
    const wording = (parseJson(text) as TargetWording)?.planWording;
    const [source, translation] = [wording?.[SOURCE_LANG], wording?.[lang]];
    if (source && translation) twins.push({ file: display(path), field: `planWording.${lang}`, source, translation });
  }
  return twins;
}

/** A target's quote in a translation must be the plan's translation word for word, as its source quote is the
 *  plan's own words. */
function checkTargetQuotes(
  files: Map<string, string>,
  display: (path: string) => string,
  lang: ContentLang,
): ContentProblem[] {
  const clauses = new Map<string, string>();
  for (const [path, text] of files)
    if (planFile(lang).test(path)) clausesOf(text).forEach((c) => clauses.set(c.id, c.text));
  const problems: ContentProblem[] = [];
  const field = `planWording.${lang}`;
  for (const [path, text] of files) {
    if (!TARGET_FILE.test(path)) continue;
    const target = parseJson(text) as TargetWording;
    const quote = target?.planWording?.[lang];
    const clause = target?.clause === undefined ? undefined : clauses.get(target.clause);
    if (quote && clause !== undefined && !clause.includes(quote)) {
      problems.push({
        file: display(path),
        field,
        message: `${field} 应逐字摘自英文条款 ${target!.clause} / ${field} must be quoted word for word from the English of clause ${target!.clause}: copy it from ${localePath(lang, '/plan/', '')}#${target!.clause}`,
      });
    }
  }
  return problems;
}

/** For each proofread translation: glossary consistency (clause and content twins, rejected renderings) and house
 *  style always; spelling when its dictionary is given (callers without one, e.g. a browser, skip it). */
export function checkEnglish(
  textFiles: TextFile[],
  spellCheckers: SpellCheckers | undefined,
  display = (path: string) => `content/${path}`,
): ContentProblem[] {
  const files = new Map([...textFiles].sort((a, b) => a.path.localeCompare(b.path)).map((f) => [f.path, f.text]));
  // A malformed or missing glossary is reported by the schema check; the checks that need it wait for it.
  const terms = termsFile.safeParse(parseJson(files.get('glossary/terms.json') ?? 'null'));
  const problems: ContentProblem[] = [];
  for (const lang of PROOFREAD_LANGS) {
    if (terms.success)
      problems.push(
        ...checkGlossaryConsistency(
          terms.data,
          [...twinTexts(files, display, lang), ...contentTwins(files, display, lang)],
          lang,
        ),
      );
    problems.push(...checkTargetQuotes(files, display, lang));
    const dictionary = spellCheckers?.[lang];
    for (const [path, text] of files) {
      const lines = linesIn(lang, path, text);
      if (lines.length === 0) continue;
      if (terms.success) {
        problems.push(...checkAvoidedRenderings(terms.data, display(path), lines, lang));
        problems.push(...checkEnglishStyle(terms.data, display(path), lines, lang));
      }
      if (dictionary) problems.push(...findMisspellings(display(path), lines, dictionary));
    }
  }
  return problems;
}
