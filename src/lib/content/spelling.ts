// Spelling of the English content against British English: which words of a text a dictionary does not
// know. Pure: the dictionary comes in as a function (src/data/spellChecker.ts loads en-GB for Node).
import { glossField, type ContentLang } from '../../i18n/locales.ts';
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { hasFrontMatter, parseContent, parseMarkdown } from './parse.ts';
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

// Word boundaries of Latin letters are Unicode's (UAX #29) in every locale, so the root locale serves.
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

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

/** The prose values of front matter (strings with a space: ids, dates, hashes and paths are not words), by field. */
function frontMatterProse(data: unknown, path: string[] = []): ProseLine[] {
  if (typeof data === 'string') return data.includes(' ') ? [{ where: path.join('.'), text: stripMarkup(data) }] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => frontMatterProse(item, [...path, String(i)]));
  if (data && typeof data === 'object')
    return Object.entries(data).flatMap(([key, value]) => frontMatterProse(value, [...path, key]));
  return [];
}

/** The text a reader sees in a block: its text and image descriptions, without code, HTML or link targets. */
function blockText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'image') return ` ${node.alt ?? ''} `;
  if (node.type === 'inlineCode' || node.type === 'html') return ' ';
  return 'children' in node ? node.children.map((child) => blockText(child as Nodes)).join('') : '';
}

/**
 * The prose of a Markdown or MDX file, read with the build's parsers (parse.ts): each front-matter value by
 * its field, each paragraph, heading and table cell by its line. Code blocks, HTML and MDX components, and
 * MDX import/export lines are not prose. Text without front matter (a UI string) is read as a body.
 */
export function markdownProse(markdown: string): ProseLine[] {
  const { data, body = markdown } = hasFrontMatter(markdown) ? parseContent('', markdown) : {};
  const out = frontMatterProse(data ?? {});
  visit(parseMarkdown(body), (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    const text = blockText(node);
    if (/^\s*(?:import|export)\s/.test(text)) return 'skip';
    out.push({ where: `line ${node.position?.start.line ?? 0}`, text: stripMarkup(text) });
    return 'skip';
  });
  return out;
}

/** Whether a field holds text in `lang`: a per-language value's key ("en"), or a gloss ("titleEn"). */
export const fieldInLanguage = (key: string, lang: ContentLang) => key === lang || key.endsWith(glossField('', lang));

/** The strings of a JSON document in a language: every string under its per-language key or a gloss in it
 *  (a source's titleEn), with its path. */
export function jsonProse(data: unknown, lang: ContentLang, path: string[] = [], inLanguage = false): ProseLine[] {
  if (typeof data === 'string') return inLanguage ? [{ where: path.join('.'), text: data }] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => jsonProse(item, lang, [...path, String(i)], inLanguage));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) =>
      jsonProse(value, lang, [...path, key], inLanguage || fieldInLanguage(key, lang)),
    );
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
