// The English content's own checks, run by the content check: one term per concept (the glossary), in the
// plan and in every other English text (englishTwins.ts), the house style (englishStyle.ts) and British
// spelling. Pure (files in, problems out); the caller brings the dictionary (src/data/spellChecker.ts).
import { parsePlanMarkdown } from '../plan/parsePlan.ts';
import { parseContent } from './parse.ts';
import type { ContentProblem } from './problems.ts';
import { termsFile } from '../schemas/glossaryTerms.ts';
import { checkAvoidedRenderings, checkGlossaryConsistency, type TwinText } from './glossaryConsistency.ts';
import { findMisspellings, jsonEnglish, markdownProse, type Dictionary, type ProseLine } from './spelling.ts';
import { contentTwins } from './englishTwins.ts';
import { checkEnglishStyle } from './englishStyle.ts';

/** A content file: its path relative to content/ (forward slashes) and its text. */
export interface TextFile {
  path: string;
  text: string;
}

/** Every file a reader sees in English: the plan, pages, explainer, progress, services, overseas guide, targets, unit names. */
const ENGLISH =
  /^(?:(?:plan|pages|progress|services)\/en\/[\w-]+\.mdx?|explained\/en\.md|overseas\/en\.mdx|targets\/[\w-]+\.json|glossary\/units\.json)$/;
/** Chinese records that carry English fields shown on English pages: a service's name and facts, a progress
 *  record's source glosses. */
const RECORD_WITH_ENGLISH = /^(?:progress|services)\/zh\/[\w-]+\.md$/;

/** A front-matter field that holds English: under a key "en", or a gloss such as titleEn. */
const englishField = (where: string) => where.split('.').some((key) => key === 'en' || key.endsWith('En'));

/** The English prose of a file, by line or field; none for a file without English. */
function englishLines(path: string, text: string): ProseLine[] {
  if (RECORD_WITH_ENGLISH.test(path)) return markdownProse(text).filter((line) => englishField(line.where));
  if (!ENGLISH.test(path)) return [];
  return path.endsWith('.json') ? jsonEnglish(parseJson(text)) : markdownProse(text);
}

// A malformed file gives no data here: the schema check reports it by file.
const parseJson = (text: string): unknown => parseContent('.json', text).data;

/** A plan file's clauses, read after its front matter as the build reads it. */
const clausesOf = (text: string) => parsePlanMarkdown(parseContent('', text).body ?? '').clauses;

/** Each plan clause and each target's quoted plan wording, in Chinese with its English twin. */
function twinTexts(files: Map<string, string>, display: (path: string) => string): TwinText[] {
  const twins: TwinText[] = [];
  for (const [path, text] of files) {
    if (!/^plan\/zh\/[\w-]+\.md$/.test(path)) continue;
    const enPath = path.replace('plan/zh/', 'plan/en/');
    const enText = files.get(enPath);
    if (enText === undefined) continue;
    const en = new Map(clausesOf(enText).map((c) => [c.id, c.text]));
    for (const c of clausesOf(text)) {
      if (en.has(c.id)) twins.push({ file: display(enPath), field: `clause ${c.id}`, zh: c.text, en: en.get(c.id)! });
    }
  }
  for (const [path, text] of files) {
    if (!/^targets\/[\w-]+\.json$/.test(path)) continue;
    const wording = (parseJson(text) as { planWording?: { zh?: string; en?: string } } | undefined)?.planWording;
    if (wording?.zh && wording.en)
      twins.push({ file: display(path), field: 'planWording.en', zh: wording.zh, en: wording.en });
  }
  return twins;
}

/** A target's English quote must be the plan's English word for word, as its Chinese quote is the plan's Chinese. */
function checkTargetQuotes(files: Map<string, string>, display: (path: string) => string): ContentProblem[] {
  const clauses = new Map<string, string>();
  for (const [path, text] of files)
    if (/^plan\/en\/[\w-]+\.md$/.test(path)) clausesOf(text).forEach((c) => clauses.set(c.id, c.text));
  const problems: ContentProblem[] = [];
  for (const [path, text] of files) {
    if (!/^targets\/[\w-]+\.json$/.test(path)) continue;
    const target = parseJson(text) as { clause?: string; planWording?: { en?: string } } | undefined;
    const quote = target?.planWording?.en;
    const clause = target?.clause === undefined ? undefined : clauses.get(target.clause);
    if (quote && clause !== undefined && !clause.includes(quote)) {
      problems.push({
        file: display(path),
        field: 'planWording.en',
        message: `planWording.en 应逐字摘自英文条款 ${target!.clause} / planWording.en must be quoted word for word from the English of clause ${target!.clause}: copy it from /en/plan/#${target!.clause}`,
      });
    }
  }
  return problems;
}

/** Glossary consistency (clause and content twins, rejected renderings) and house style always; spelling when a dictionary is given (callers without one, e.g. a browser, skip it). */
export function checkEnglish(
  textFiles: TextFile[],
  dictionary: Dictionary | undefined,
  display = (path: string) => `content/${path}`,
): ContentProblem[] {
  const files = new Map([...textFiles].sort((a, b) => a.path.localeCompare(b.path)).map((f) => [f.path, f.text]));
  // A malformed glossary is reported by the schema check (inventory.ts); the consistency check then waits for it.
  // A missing glossary is reported by the inventory; the checks that need it wait for it.
  const terms = termsFile.safeParse(parseJson(files.get('glossary/terms.json') ?? 'null'));
  const problems: ContentProblem[] = terms.success
    ? checkGlossaryConsistency(terms.data, [...twinTexts(files, display), ...contentTwins(files, display)])
    : [];
  problems.push(...checkTargetQuotes(files, display));
  for (const [path, text] of files) {
    const lines = englishLines(path, text);
    if (lines.length === 0) continue;
    if (terms.success) {
      problems.push(...checkAvoidedRenderings(terms.data, display(path), lines));
      problems.push(...checkEnglishStyle(terms.data, display(path), lines));
    }
    if (dictionary) problems.push(...findMisspellings(display(path), lines, dictionary));
  }
  return problems;
}
