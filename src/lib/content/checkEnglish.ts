// The English content's own checks, run by the content check: one term per concept (the glossary) and
// British spelling. Node side: reads the files; the rules are glossaryConsistency.ts and spelling.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpellChecker } from '../../../scripts/lib/spellChecker.ts';
import { parsePlanMarkdown } from '../plan/parsePlan.ts';
import type { ContentProblem } from './crossCheck.ts';
import { checkGlossaryConsistency, glossaryTerms, type TwinText } from './glossaryConsistency.ts';
import { findMisspellings, jsonEnglish, markdownProse } from './spelling.ts';

const list = (dir: string, ext: RegExp) => (existsSync(dir) ? readdirSync(dir).filter((f) => ext.test(f)).sort().map((f) => join(dir, f)) : []);
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Each plan clause and each target's quoted plan wording, in Chinese with its English twin. */
function twinTexts(contentRoot: string, display: (file: string) => string): TwinText[] {
  const twins: TwinText[] = [];
  for (const zhFile of list(join(contentRoot, 'plan', 'zh'), /\.md$/)) {
    const enFile = join(contentRoot, 'plan', 'en', zhFile.split(/[\\/]/).at(-1)!);
    if (!existsSync(enFile)) continue;
    const en = new Map(parsePlanMarkdown(readFileSync(enFile, 'utf8')).clauses.map((c) => [c.id, c.text]));
    for (const c of parsePlanMarkdown(readFileSync(zhFile, 'utf8')).clauses) {
      if (en.has(c.id)) twins.push({ file: display(enFile), field: `clause ${c.id}`, zh: c.text, en: en.get(c.id)! });
    }
  }
  for (const file of list(join(contentRoot, 'targets'), /\.json$/)) {
    const wording = (readJson(file) as { planWording?: { zh?: string; en?: string } }).planWording;
    if (wording?.zh && wording.en) twins.push({ file: display(file), field: 'planWording.en', zh: wording.zh, en: wording.en });
  }
  return twins;
}

/** Every English content file: the plan, pages, explainer, progress, services, overseas guide, targets, unit names. */
function englishFiles(contentRoot: string): string[] {
  const en = (dir: string) => list(join(contentRoot, dir, 'en'), /\.mdx?$/);
  return [
    ...['plan', 'pages', 'progress', 'services'].flatMap(en),
    ...list(join(contentRoot, 'explained'), /^en\.md$/),
    ...list(join(contentRoot, 'overseas'), /^en\.mdx$/),
    ...list(join(contentRoot, 'targets'), /\.json$/),
    join(contentRoot, 'glossary', 'units.json'),
  ].filter((f) => existsSync(f));
}

export function checkEnglish(contentRoot: string, display: (file: string) => string): ContentProblem[] {
  const termsFile = join(contentRoot, 'glossary', 'terms.json');
  const terms = glossaryTerms.safeParse(existsSync(termsFile) ? readJson(termsFile) : []);
  const problems: ContentProblem[] = terms.success ? checkGlossaryConsistency(terms.data, twinTexts(contentRoot, display)) : terms.error.issues.map((issue) => ({ file: display(termsFile), field: issue.path.join('.') || '(file)', message: `${issue.message} / each entry needs "zh" and "en"; "variants", "notWhenPartOf", "note" and "source" are optional` }));
  const dictionary = loadSpellChecker(join(contentRoot, 'glossary', 'words.txt'));
  for (const file of englishFiles(contentRoot)) {
    const lines = file.endsWith('.json') ? jsonEnglish(readJson(file)) : markdownProse(readFileSync(file, 'utf8'));
    problems.push(...findMisspellings(display(file), lines, dictionary));
  }
  return problems;
}
