// What a commit changed in one content file, in a reader's terms: a new page, its wording (and where on the
// page: changePlaces.ts), only its punctuation and layout, its figures, its sources or its contact details,
// read from the lines the commit added or removed (src/data/history.ts reads them from git). The change log
// says this instead of the commit's note, which is written for builders. Bookkeeping a reader never sees (a
// translation's fingerprint and who marked it, a date field moved along with the change) is no change to them.
import { changeBlocks, isHeading, uniquePlaces, type ChangedLine, type Hunk, type TextPlace } from './changePlaces.ts';
import { layoutOnly } from './layoutOnly.ts';
import { valueChanges, type ValueChange } from './valueChanges.ts';

export const CHANGE_KINDS = ['added', 'text', 'layout', 'figures', 'sources', 'contact'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The kinds a reader is told, in a fixed order: a new page is new, its later edits the same day are part of
 *  it; changed wording says more than tidied punctuation, which it then includes. */
export function readerKinds(kinds: ReadonlySet<ChangeKind>): ChangeKind[] {
  if (kinds.has('added')) return ['added'];
  return CHANGE_KINDS.filter((k) => kinds.has(k) && !(k === 'layout' && kinds.has('text')));
}

export interface FileDiff {
  file: string;
  status: 'added' | 'modified' | 'deleted';
  hunks: Hunk[];
  /** False for a Markdown file without headings (as it is now): its body has no sections to name. */
  sectioned?: boolean;
}

/** What changed in a file: its kinds, in CHANGE_KINDS order, where its wording changed, in page order, and
 *  the headings it reworded (old, new), so that the day's earlier changes are named as the page now reads. */
export interface FileChange {
  kinds: ChangeKind[];
  places: TextPlace[];
  renamed: Array<[string, string]>;
  /** The facts it set anew, old and new value (valueChanges.ts); absent where a change is told without them. */
  values?: ValueChange[];
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

/** Headings a block rewords: as many removed as added, taken in order (a block that adds or drops a section
 *  renames none). */
function renamings(body: ChangedLine[]): Array<[string, string]> {
  const headings = (mark: '+' | '-') =>
    body.flatMap((line) => {
      const place = line.mark === mark && line.at.in === 'body' && isHeading(line.text) ? line.at.place : undefined;
      return place && 'heading' in place ? [place.heading] : [];
    });
  const [removed, added] = [headings('-'), headings('+')];
  if (removed.length !== added.length) return [];
  return removed.flatMap((old, i): Array<[string, string]> => (old === added[i] ? [] : [[old, added[i]]]));
}

/** What changed; no kind when only bookkeeping changed or the file was removed. */
export function fileChange({ file, status, hunks, sectioned = true }: FileDiff): FileChange {
  if (status === 'deleted') return { kinds: [], places: [], renamed: [] };
  if (status === 'added') return { kinds: ['added'], places: [], renamed: [] };
  const json = file.endsWith('.json');
  const service = file.startsWith('content/services/');
  const kinds = new Set<ChangeKind | 'ignored'>();
  const places: TextPlace[] = [];
  const renamed: Array<[string, string]> = [];
  const values: ValueChange[] = [];
  for (const block of changeBlocks(hunks, /\.mdx?$/.test(file), sectioned)) {
    const body = block.filter((line) => line.at.in === 'body');
    values.push(
      ...valueChanges(
        block.filter((line) => line.at.in !== 'body'),
        service,
      ),
    );
    for (const line of block) {
      if (line.at.in === 'body') continue;
      // Front matter and lines a diff cannot place are told by their fields, as JSON is.
      const kind = kindOfLine(line.text, json, service);
      kinds.add(kind);
      if (kind === 'text') places.push({ part: fieldOf(line.text)?.key === 'title' ? 'title' : 'elsewhere' });
    }
    if (!body.length) continue;
    const [removed, added] = (['-', '+'] as const).map((mark) =>
      body.filter((line) => line.mark === mark).map((line) => line.text),
    );
    if (layoutOnly(removed, added)) {
      kinds.add('layout');
      continue;
    }
    kinds.add('text');
    renamed.push(...renamings(body));
    // Replaced text is told where the new text stands, text only removed where it stood; a blank line belongs
    // to no section a reader could look in.
    const written = body.filter((line) => line.text.trim());
    const told = written.some((line) => line.mark === '+') ? written.filter((line) => line.mark === '+') : written;
    for (const line of told) if (line.at.in === 'body') places.push(line.at.place);
  }
  const told = { kinds: CHANGE_KINDS.filter((kind) => kinds.has(kind)), places: uniquePlaces(places), renamed };
  return values.length ? { ...told, values } : told;
}
