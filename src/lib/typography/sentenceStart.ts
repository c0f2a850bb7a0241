// A quoted fragment of the plan shown on its own (a target's page description, its "plan's words" row) starts
// with a capital letter, as English sentences do; the words themselves stay the plan's. Scripts without case
// (Chinese) are left as they are.

/** The text with its first letter upper-cased where the script has case. */
export function sentenceStart(text: string, locale: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase(locale) + text.slice(letter.length);
}
