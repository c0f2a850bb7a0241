// What a commit changed in one content file, in a reader's terms: a new page, its wording, its figures, its
// sources or its contact details, read from the lines the commit added or removed (src/data/history.ts reads
// them from git). The change log says this instead of the commit's note, which is written for builders.
// Bookkeeping a reader never sees (a translation's fingerprint and who marked it, a date field moved along
// with the change) is no change to them.

export const CHANGE_KINDS = ['added', 'text', 'figures', 'sources', 'contact'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The kinds a reader is told, in a fixed order: a new page is new, its later edits the same day are part of it. */
export function readerKinds(kinds: ReadonlySet<ChangeKind>): ChangeKind[] {
  return kinds.has('added') ? ['added'] : CHANGE_KINDS.filter((k) => kinds.has(k));
}

export interface FileDiff {
  file: string;
  status: 'added' | 'modified' | 'deleted';
  /** The changed lines, without their leading + or -. */
  lines: string[];
}

const IGNORED = new Set(['sourceHash', 'markedBy', 'updated', 'reviewed', 'checked']);
const FIGURES = new Set(['value', 'asOf', 'figures', 'baseline', 'benchmarks', 'unit', 'deadline', 'comparator']);
const SOURCES = new Set(['source', 'sources', 'url', 'publisher', 'publisherEn', 'titleEn', 'originalUrl']);
const CONTACT = new Set(['phone', 'phones', 'tel', 'email', 'address', 'hours', 'website', 'contact', 'contacts']);

/** The field a changed line sets ("value": 435 → value; "  - title: …" → title), if it is a field's line:
 *  JSON keys, and front-matter keys, which start lower-case (a Markdown sentence starts with a capital). */
function fieldOf(line: string): { key: string; nested: boolean } | undefined {
  const match = /^(\s*(?:-\s+)?)"?([a-z][A-Za-z]*)"?\s*:(?:\s|$)/.exec(line);
  return match ? { key: match[2], nested: match[1].length > 0 } : undefined;
}

function kindOfLine(line: string, json: boolean, service: boolean): ChangeKind | 'ignored' {
  const text = line.trim();
  if (!text || /^(-{3}|[{}[\],]+)$/.test(text)) return 'ignored';
  const field = fieldOf(line);
  if (!field) return 'text';
  if (IGNORED.has(field.key)) return 'ignored';
  // In a service body's file, a value is one of its contact details and "verified" the day it was checked.
  if (service && field.key === 'verified') return 'ignored';
  if (service && field.key === 'value') return 'contact';
  if (FIGURES.has(field.key)) return 'figures';
  if (CONTACT.has(field.key)) return 'contact';
  // A title inside a list of sources names the source; the page's own title (top level) is its wording.
  if (SOURCES.has(field.key) || (field.key === 'title' && (json || field.nested))) return 'sources';
  return 'text';
}

/** The kinds of change, in CHANGE_KINDS order; none when only bookkeeping changed or the file was removed. */
export function changeKinds({ file, status, lines }: FileDiff): ChangeKind[] {
  if (status === 'deleted') return [];
  if (status === 'added') return ['added'];
  const json = file.endsWith('.json');
  const service = file.startsWith('content/services/');
  const kinds = new Set(lines.map((line) => kindOfLine(line, json, service)));
  return CHANGE_KINDS.filter((kind) => kinds.has(kind));
}
