// Shortening text for display (clause titles, link labels, search snippets): the one place that decides where a
// text may be cut. A cut never falls inside a word or a name ("…in dept…", "产权纠纷" for 知识产权纠纷): it
// prefers a clause mark (，、；/ , ;), else a word boundary found by Intl.Segmenter in the page's language,
// and a text cut at either end shows the ellipsis there.
import { LOCALE_INFO } from '../../i18n/localeTable.ts';
import { typographyOf, type Lang } from '../../i18n/locales.ts';

export const ELLIPSIS = '…';

/** Marks after which a cut text still reads as a phrase. A Latin full stop only before a space ("No. 53" aside). */
const CLAUSE_MARKS = /[，、；：。！？,;:!?]|\.(?=\s)/gu;
/** What a cut end sheds before its ellipsis: spaces, stops and clause marks, dashes and opening brackets. */
const LOOSE_END = /[\s，、；：。！？,;:.!?—–\-(（“‘《]+$/u;
const LOOSE_START = /^[\s，、；：。！？,;:.!?)）”’》]+/u;
/** Words an English phrase cut short must not end on ("…workstations in…"). */
const DANGLING = /\s+(?:and|or|of|in|on|at|to|for|with|by|from|the|a|an|its|their|as)$/i;

const segmenters = new Map<Lang, Intl.Segmenter>();
function wordStarts(text: string, lang: Lang): number[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter)
    segmenters.set(lang, (segmenter = new Intl.Segmenter(LOCALE_INFO[lang].intl, { granularity: 'word' })));
  return [...segmenter.segment(text)].map((s) => s.index).concat(text.length);
}

/** Positions right after each clause mark. */
function markEnds(text: string): number[] {
  return [...text.matchAll(CLAUSE_MARKS)].map((m) => m.index + m[0].length);
}

/** The word boundary at or before `at` (or after it, when `after`). */
function wordBoundary(text: string, at: number, lang: Lang, after = false): number {
  const starts = wordStarts(text, lang);
  return after ? (starts.find((s) => s >= at) ?? text.length) : (starts.findLast((s) => s <= at) ?? 0);
}

function tidyEnd(head: string, lang: Lang): string {
  let text = head.replace(LOOSE_END, '');
  if (typographyOf(lang) === 'latin') while (DANGLING.test(text)) text = text.replace(DANGLING, '');
  return text.replace(LOOSE_END, '');
}

/** Where to end a text of about `max` characters: after a clause mark in its second half (or a little past
 *  `max`, so a phrase ends whole), else at the last word boundary before `max`. */
function endAt(text: string, max: number, lang: Lang): number {
  const marks = markEnds(text).filter((end) => end < text.length);
  const within = marks.filter((end) => end >= max / 2 && end <= max);
  if (within.length) return within.at(-1)!;
  const past = marks.find((end) => end > max && end <= max * 1.25);
  return past ?? wordBoundary(text, max, lang);
}

/** `text` cut to about `max` characters, at a phrase or word, with an ellipsis where it was cut. */
export function shorten(text: string, max: number, lang: Lang): string {
  const whole = text.trim();
  if (whole.length <= max) return whole;
  const head = tidyEnd(whole.slice(0, endAt(whole, max, lang)), lang);
  return head ? `${head}${ELLIPSIS}` : `${whole.slice(0, max)}${ELLIPSIS}`;
}

/** A start that falls inside brackets (常州）知识产权…) moves back to the word before them: 中国（常州）知识产权… */
function outsideBrackets(text: string, from: number, lang: Lang, slack: number): number {
  const ahead = text.slice(from, from + slack);
  const close = ahead.search(/[）)》”]/u);
  const open = ahead.search(/[（(《“]/u);
  if (close < 0 || (open >= 0 && open < close)) return from;
  const opener = Math.max(...['（', '(', '《', '“'].map((b) => text.lastIndexOf(b, from)));
  return opener < 0 || from - opener > slack ? from : wordBoundary(text, Math.max(0, opener - 1), lang);
}

/**
 * The part of `text` from about `start` to about `end`, widened to whole words and names: to the start of the
 * phrase (after a clause mark, or the text's start) within `slack` characters where there is one, since a
 * segmenter splits names (知识|产权) as readily as words; an ellipsis marks each end that is not the text's own.
 */
export function excerptWindow(text: string, start: number, end: number, lang: Lang, slack = 12): string {
  const marks = markEnds(text);
  const phraseStart = marks.filter((m) => m <= start).at(-1) ?? 0;
  const from =
    start <= 0
      ? 0
      : start - phraseStart <= slack
        ? phraseStart
        : outsideBrackets(
            text,
            marks.find((m) => m > start && m <= start + slack / 2) ?? wordBoundary(text, start, lang),
            lang,
            slack,
          );
  const to =
    end >= text.length
      ? text.length
      : (marks.find((m) => m >= end && m <= end + slack) ?? wordBoundary(text, end, lang, true));
  const body = text.slice(from, to);
  const head = from > 0 ? body.replace(LOOSE_START, '') : body;
  if (to >= text.length) return `${from > 0 ? ELLIPSIS : ''}${head.trimEnd()}`;
  return `${from > 0 ? ELLIPSIS : ''}${tidyEnd(head, lang)}${ELLIPSIS}`;
}
