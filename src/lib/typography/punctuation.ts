// Full-width punctuation in Chinese text (GB/T 15834-2011 标点符号用法): the copy of the plan we hold lost the
// official text's full-width marks, so ， ： ； （ ） ？ ！ are restored wherever they stand next to Chinese.
// Digits and their separators (1,000 · 10:30 · 2022-2025), and punctuation among Latin words stay half-width.
// Every replacement is one character for one, so text split across inline elements can be converted as a
// whole and handed back piece by piece (see fullWidthSegments).

const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’《》…—]/u;
const DIGIT = /[0-9]/;
const SIMPLE: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };
const FOLD: Record<string, string> = { '，': ',', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')' };

const isHan = (c: string | undefined) => c !== undefined && HAN.test(c);

/** The nearest character before (step -1) or after (step 1) index i that is not a space. */
function neighbour(text: string, i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < text.length; j += step) if (text[j] !== ' ') return text[j];
  return undefined;
}

/** Start and end indexes of balanced ( … ) pairs, innermost first. */
function parenPairs(text: string): Array<[number, number]> {
  const open: number[] = [];
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.length > 0) pairs.push([open.pop()!, i]);
  }
  return pairs;
}

/** Chinese text with its half-width punctuation made full-width where it stands in Chinese. */
export function fullWidthPunctuation(text: string): string {
  const out = text.split('');
  // Parentheses first, so a mark beside a widened parenthesis ("（WIPO）,") counts as standing in Chinese.
  for (const [start, end] of parenPairs(text)) {
    const inside = text.slice(start + 1, end);
    if (isHan(text[start - 1]) || isHan(text[end + 1]) || [...inside].some((c) => isHan(c))) {
      out[start] = '（';
      out[end] = '）';
    }
  }
  const withParens = out.join('');
  for (let i = 0; i < text.length; i++) {
    const mark = SIMPLE[text[i]];
    if (!mark) continue;
    if (DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '')) continue; // 1,000 and 10:30
    if (isHan(neighbour(withParens, i, -1)) || isHan(neighbour(withParens, i, 1))) out[i] = mark;
  }
  return out.join('');
}

/**
 * Converts text that is split across several nodes (e.g. a paragraph with links inside parentheses)
 * as one run, so a pair opened in one node and closed in another is still matched.
 */
export function fullWidthSegments(segments: string[]): string[] {
  const converted = fullWidthPunctuation(segments.join(''));
  let at = 0;
  return segments.map((s) => converted.slice(at, (at += s.length)));
}

/** The half-width form of the marks this module converts: for matching text whichever way it was typed. */
export function foldPunctuationWidth(text: string): string {
  return text.replace(/[，：；？！（）]/g, (c) => FOLD[c]);
}
