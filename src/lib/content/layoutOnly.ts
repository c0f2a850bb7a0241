// Whether a block of changed Markdown lines changed only punctuation and layout: the same words and figures
// before and after, once spacing, punctuation and Markdown's marks (emphasis, list and quote markers, heading
// #s) are set aside. Punctuation inside a figure or a Latin word (3.5, 1,000, 0519-8888, a.b@c.cn) and a sign
// before a figure (-5, .5) stay, and so do % and ‰: changing them changes a fact, and that is told as wording.
// Full-width and half-width forms count as the same (NFKC), so 2024年 and ２０２４年 are one.

const MARK = /[\p{P}`|~^\\]/u;
const KEPT = /[%‰‱]/u;
const WORDISH = /[A-Za-z0-9]/;
const DIGIT = /[0-9]/;

/** The line's words and figures, without what punctuation and layout add. */
function wordsAndFigures(line: string): string {
  // A quote's > and a list's + open a line; elsewhere > and + are the text's own (≥ 5 %, +5).
  const chars = [
    ...line
      .normalize('NFKC')
      .replace(/^\s*(?:>\s*)+/, '')
      .replace(/^\s*\+\s+/, ''),
  ];
  return chars
    .filter((c, i) => {
      if (/\s/u.test(c)) return false;
      if (!MARK.test(c) || KEPT.test(c)) return true;
      const [before, after] = [chars[i - 1] ?? '', chars[i + 1] ?? ''];
      if (WORDISH.test(before) && WORDISH.test(after)) return true;
      return /[-+.]/.test(c) && DIGIT.test(after);
    })
    .join('');
}

export function layoutOnly(removed: string[], added: string[]): boolean {
  return removed.map(wordsAndFigures).join('') === added.map(wordsAndFigures).join('');
}
