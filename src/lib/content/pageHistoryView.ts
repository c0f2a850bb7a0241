// What a page's history shows (assembled in src/data/pageHistory.ts, rendered by PageHistory.astro).

export interface PageHistoryView {
  sources: string[];
  published?: string;
  updated?: string;
  entries: Array<{ date: string; note: string }>;
  /** A translated page whose source changed after the translation. */
  stale: boolean;
}
