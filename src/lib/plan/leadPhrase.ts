// The lead phrase of a measure: the short opening sentence that names it, e.g. 深入实施高价值专利培育工程。
// Some measures open straight into a long sentence and have none.

const MAX_LEAD_LENGTH = 30;

export function leadPhrase(measureText: string): string | undefined {
  const end = measureText.indexOf('。');
  if (end < 0) return undefined;
  const sentence = measureText.slice(0, end + 1);
  // A lead phrase is a short title-like sentence: no internal comma or colon.
  if (sentence.length > MAX_LEAD_LENGTH || /[,,::]/.test(sentence)) return undefined;
  return sentence;
}
