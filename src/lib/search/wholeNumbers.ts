// A number a reader searches for (a hotline such as 12315, a phone number) is found only where a page has it
// whole. Pagefind splits an unknown number into pieces (12315 → 12 …) and would offer every page with "12个月"
// or "2023年12月": pages that never mention the number the reader asked about.

/** Runs of five or more digits in the query: hotlines and phone numbers, not years or counts (2025, 100). */
export function wholeNumbers(query: string): string[] {
  return [...new Set(query.match(/\d{5,}/g) ?? [])];
}

/** Whether a page's text has every one of the numbers, each whole (12330 is not in 123300). */
export function hasWholeNumbers(text: string, numbers: readonly string[]): boolean {
  return numbers.every((n) => new RegExp(`(?<!\\d)${n}(?!\\d)`).test(text));
}
