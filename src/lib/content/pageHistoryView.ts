// What a page's history shows (assembled in src/data/pageHistory.ts, rendered by PageHistory.astro).

export interface PageHistoryView {
  sources: string[];
  published?: string;
  updated?: string;
  entries: Array<{ date: string; note: string }>;
  /** A translated page whose source changed after the translation. */
  stale: boolean;
}

/**
 * The history as a reader sees it: each entry's shown text (its note, or "内容更新" where notes stay hidden),
 * with consecutive entries that read the same on the same day told once; seven identical lines say nothing more
 * than one.
 */
export function historyLines(
  entries: PageHistoryView['entries'],
  shown: (entry: { note: string }) => string,
): Array<{ date: string; text: string }> {
  const lines: Array<{ date: string; text: string }> = [];
  for (const entry of entries) {
    const line = { date: entry.date, text: shown(entry) };
    const last = lines.at(-1);
    if (!last || last.date !== line.date || last.text !== line.text) lines.push(line);
  }
  return lines;
}
