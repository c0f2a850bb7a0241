// Figures with their units must not break across lines (GB/T 15835-2011 出版物上数字用法, 4.1: a number is
// written as a whole; a line break inside "15.3" or between "18" and "件" misreads on a phone). This finds
// each figure and its unit so the renderer can keep it on one line (a no-break span).

import type { TypographyProfile } from '../../i18n/localeTable.ts';

/** Chinese measure words and units that follow a figure in the plan and its data. */
const ZH_UNITS = '(?:亿元|万元|元|亿|万|件|家|个|项|人次|人|次|所|户|场|期|名|篇|座|条|部|年|月|日|倍|%|％|‰)';
/** English words that belong to the figure before them ("28 billion", "92 per cent"). */
const EN_UNITS = '(?:%| (?:billion|million|thousand|per cent|percent)\\b)';
const NUMBER = '\\d+(?:[.,]\\d+)*';
/** Closing marks after a Chinese figure belong to its block: after an inline block Chromium may start a line
 *  with them (")》" after 2035年), which line-break: strict forbids in running text (GB/T 15834). */
const ZH_CLOSING = '[)\\]）》」』】〕〉,，。、;；:：!！?？]*';
/** The same in English: Chromium may break after an inline block even before ")" or "," ("Article 65" / ")."). */
const EN_CLOSING = '[)\\]”’.,;:!?]*';
/** A period in brackets, as the plan's title ends: "(2022–2025)", "(2022-2025年)". A title that wraps
 *  inside it reads "…City (" / "2022–2025)", so the brackets and years are one figure in every language. */
const BRACKETED_YEARS = '[(（]\\d{4}[-–—]\\d{4}年?[)）]';

const PATTERN: Record<TypographyProfile, RegExp> = {
  cjk: new RegExp(`(?:${BRACKETED_YEARS}|${NUMBER}${ZH_UNITS}?)${ZH_CLOSING}`, 'g'),
  // A range of years with an en dash (2022–2025) is one figure in English: it never breaks at the dash.
  latin: new RegExp(`(?:${BRACKETED_YEARS}|\\d{4}–\\d{4}|(?:RMB |CNY |¥)?${NUMBER}${EN_UNITS}?)${EN_CLOSING}`, 'g'),
};

export interface TextPiece {
  text: string;
  figure: boolean;
}

/**
 * Splits text into plain runs and figures. Only figures of two or more characters are marked: a lone
 * digit cannot break. A range such as 2022-2025 stays two figures, so it may still wrap at the hyphen.
 */
export function splitFigures(text: string, profile: TypographyProfile): TextPiece[] {
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const match of text.matchAll(PATTERN[profile])) {
    if (match[0].length < 2) continue;
    if (match.index > cursor) pieces.push({ text: text.slice(cursor, match.index), figure: false });
    pieces.push({ text: match[0], figure: true });
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), figure: false });
  return pieces;
}
