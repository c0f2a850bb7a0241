// Spelling of the English content against British English: which words of a text a dictionary does not
// know. Pure: the dictionary comes in as a function (scripts/lib/spellChecker.ts loads en-GB for Node).
import type { ContentProblem } from './problems.ts';

export interface Dictionary {
  correct(word: string): boolean;
}

// American endings and their British forms, tried in order for a suggestion (cheap, unlike a full search).
const BRITISH: Array<[RegExp, string]> = [
  [/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1'],
  [/yz(e|es|ed|ing)$/, 'ys$1'],
  [/ter$/, 'tre'],
  [/ters$/, 'tres'],
  [/tered$/, 'tred'],
  [/tering$/, 'tring'],
  [/or(s|ed|ing|ite|ites)?$/, 'our$1'],
  [/ll(ment|ments)$/, 'l$1'],
  [/ll$/, 'l'],
  [/([^l])l(ed|ing|er|ers)$/, '$1ll$2'],
  [/og$/, 'ogue'],
  [/ense$/, 'ence'],
];

/** The British spelling of an American one, when the dictionary knows it. */
export function britishSpelling(word: string, dictionary: Dictionary): string | undefined {
  for (const [pattern, replacement] of BRITISH) {
    const candidate = word.replace(pattern, replacement);
    if (candidate !== word && dictionary.correct(candidate)) return candidate;
  }
  return undefined;
}

/** A line of prose to check, with its 1-based line number (Markdown) or its field (JSON). */
export interface ProseLine {
  where: string;
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** The words of a line worth checking: Latin letters only, no figures, no acronyms such as CNIPA or GIs. */
export function englishWords(line: string): string[] {
  return [...segmenter.segment(line)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment.replace(/['’]s$/, '').replace(/’/g, "'"))
    .filter((w) => /^[A-Za-z][A-Za-z']*$/.test(w) && !/^[A-Z]{2,}s?$/.test(w));
}

/** Removes what is not prose from a Markdown line: clause markers, link targets, URLs, code, tags, MDX. */
function stripMarkup(line: string): string {
  return line
    .replace(/\{#[^}]*\}/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b(?:[\w-]+\.)+(?:cn|com|org|net|int|gov|edu|uk)\b\S*/g, ' ') // bare addresses: english.cnipa.gov.cn/art/…
    .replace(/<[^>]*>/g, ' ')
    .replace(/\b[\w.-]+\.(?:md|mdx|json|ts|astro|txt)\b/g, ' ')
    .replace(/(?<!\w)\.[a-z]{2,4}\b/g, ' '); // a file type on its own: an .ics file
}

/** The prose lines of a Markdown or MDX file: body text and the prose values of its front matter. */
export function markdownProse(markdown: string): ProseLine[] {
  const lines = markdown.split(/\r?\n/);
  const out: ProseLine[] = [];
  let inFrontMatter = lines[0] === '---';
  let inCode = false;
  lines.forEach((raw, i) => {
    const where = `line ${i + 1}`;
    if (inFrontMatter) {
      if (i > 0 && raw === '---') inFrontMatter = false;
      // Only values that read as prose (with a space): ids, dates, hashes and paths are not words.
      const value =
        /^\s*(?:-\s+)?[\w-]+:\s+["']?(.*?)["']?\s*$/.exec(raw)?.[1] ?? /^\s*-\s+["']?(.*?)["']?\s*$/.exec(raw)?.[1];
      if (value && value.includes(' ')) out.push({ where, text: stripMarkup(value) });
      return;
    }
    if (/^\s*```/.test(raw)) inCode = !inCode;
    if (inCode || /^\s*(?:import|export)\s/.test(raw)) return;
    out.push({ where, text: stripMarkup(raw) });
  });
  return out;
}

/** The English strings of a JSON document: every string under a key named "en", with its path. */
export function jsonEnglish(data: unknown, path: string[] = [], underEn = false): ProseLine[] {
  if (typeof data === 'string') return underEn ? [{ where: path.join('.'), text: data }] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => jsonEnglish(item, [...path, String(i)], underEn));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => jsonEnglish(value, [...path, key], underEn || key === 'en'));
  }
  return [];
}

/** One problem per unknown word and file, at its first occurrence, with the dictionary's suggestion. */
export function findMisspellings(file: string, lines: ProseLine[], dictionary: Dictionary): ContentProblem[] {
  const seen = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const { where, text } of lines) {
    for (const word of englishWords(text)) {
      if (seen.has(word) || dictionary.correct(word)) continue;
      seen.add(word);
      const suggestion = britishSpelling(word, dictionary);
      const hint = suggestion ? `(如 ${suggestion})` : '';
      problems.push({
        file,
        field: where,
        message: `“${word}”不在英式英语词典中:请改用英式拼写${hint},专有名词请加入 content/glossary/words.txt / "${word}" is not in the British English (en-GB) dictionary: use the British spelling${suggestion ? ` (perhaps "${suggestion}")` : ''}, or add a name or term to content/glossary/words.txt`,
      });
    }
  }
  return problems;
}
