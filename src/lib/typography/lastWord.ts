// Splits a short label before its last word (Intl.Segmenter, so Chinese words too: 快速审查与|保护), for
// markup that keeps the last word with what follows it on one line, such as a link's count:
// "Financing and | commercialisation (4)", never "(4)" alone on a line.

/** [everything before the last word, the last word with whatever follows it]; ['', text] for one word. */
export function splitBeforeLastWord(text: string, locale: string): [string, string] {
  const words = [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike);
  const last = words.at(-1);
  if (!last) return ['', text];
  return [text.slice(0, last.index), text.slice(last.index)];
}
