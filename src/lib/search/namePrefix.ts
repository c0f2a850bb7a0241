// Pagefind matches the start of a word, so a short English word finds every name that begins with it: "how long
// to sue" found the plan's "Longcheng Innovation Award" first. A match counts only where the page has the word
// itself or one of its English endings ("long", "longer", "sued"), not where it is the start of a capitalised
// name (Longcheng, Trademark Law for "trade").

/** Endings an English word takes that keep its subject: long → longer, sue → sued, invent → invention. */
const ENDINGS =
  /^(?:s|es|d|ed|ing|ings|er|ers|est|ly|ion|ions|ation|ations|ment|ments|al|ally|ity|ive|ness|or|ors|ee|ees|able|ible|ship|['’]s)?$/u;
/** Quotes, brackets and punctuation around a word of the page's text ("Longcheng Talent" → Longcheng). */
const AROUND = /^[^\p{L}\d]+|[^\p{L}\d]+$/gu;

/** Whether a word of the page is a name that merely begins with a searched word (Longcheng for "long"). */
export function isNameMatch(pageWord: string, searched: readonly string[]): boolean {
  const parts = pageWord.replace(AROUND, '').split(/[-/–]/u).filter(Boolean);
  const words = searched.map((w) => w.toLowerCase()).filter((w) => /^[a-z]{2,}$/.test(w));
  const starts = (part: string, word: string) => part.toLowerCase().startsWith(word);
  const same = parts.some((part) =>
    words.some((w) => starts(part, w) && ENDINGS.test(part.slice(w.length).toLowerCase())),
  );
  if (same) return false;
  return parts.some((part) => /^\p{Lu}/u.test(part) && words.some((w) => starts(part, w)));
}

/**
 * The match locations (word places in the page's text, as Pagefind gives them) left once those inside names are
 * taken out. Pagefind counts a location by the page's words split at white space (or at zero-width spaces in
 * Chinese text, which has no such names), as here.
 */
export function withoutNameMatches(
  content: string,
  locations: readonly number[],
  searched: readonly string[],
): number[] {
  if (content.includes('\u200B') || !searched.some((w) => /^[a-z]{2,}$/i.test(w))) return [...locations];
  const words = content.split(/[^\S\uFEFF]+/u);
  return locations.filter((at) => !isNameMatch(words[at] ?? '', searched));
}
