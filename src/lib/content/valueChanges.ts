// The old and new value of each fact a commit changed in a content file — a figure, a date, a deadline, a
// source's address, a contact detail — so the change log can say "期限：2025年6月 → 2024年12月" instead of only
// "数据更新": a reporter needs what it said before. Read from the lines a diff removed and added (changeKinds.ts),
// field by field: a field changed is one line removed and one added with the same key.

/** Fields whose values are facts a reader may have quoted. A service body's `value` is one of its contact
 *  details (content/services: contact.phone.value …), told as `contact`. */
export const FACT_FIELDS = [
  'value',
  'asOf',
  'deadline',
  'date',
  'published',
  'url',
  'originalUrl',
  'phone',
  'tel',
  'email',
  'address',
  'hours',
  'website',
  'contact',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];

export interface ValueChange {
  field: FactField;
  from: string;
  to: string;
}

const FACTS = new Set<string>(FACT_FIELDS);

/** A line's field and its scalar value (`"value": 435,` → value, 435; `  url: "https://…"` → url, https://…);
 *  undefined for a line that opens an object or list, or is no field. */
function scalarOf(line: string): { key: string; value: string } | undefined {
  const match = /^\s*(?:-\s+)?"?([a-z][A-Za-z]*)"?\s*:\s*(.*?)\s*,?\s*$/.exec(line);
  if (!match) return undefined;
  const value = match[2].replace(/^(["'])(.*)\1$/, '$2').trim();
  if (!value || /^[[{]/.test(value)) return undefined;
  return { key: match[1], value };
}

/**
 * The facts one block of changed lines sets anew: the n-th removed line of a field paired with the n-th added line
 * of the same field, where as many were removed as added (a source dropped and another added is a different
 * source, not a changed address) and the value differs.
 */
export function valueChanges(lines: ReadonlyArray<{ mark: '+' | '-'; text: string }>, service = false): ValueChange[] {
  const sides = new Map<FactField, { removed: string[]; added: string[] }>();
  for (const { mark, text } of lines) {
    const scalar = scalarOf(text);
    if (!scalar || !FACTS.has(scalar.key)) continue;
    const field = (service && scalar.key === 'value' ? 'contact' : scalar.key) as FactField;
    const side = sides.get(field) ?? { removed: [], added: [] };
    (mark === '-' ? side.removed : side.added).push(scalar.value);
    sides.set(field, side);
  }
  return [...sides].flatMap(([field, { removed, added }]) =>
    removed.length === added.length
      ? removed.flatMap((from, i) => (from === added[i] ? [] : [{ field, from, to: added[i] }]))
      : [],
  );
}

/** A day's changes to one field in order, as one: 2025-06 → 2024-12 and then → 2024-11 is 2025-06 → 2024-11;
 *  a value changed back is no change. */
export function chainValues(changes: ValueChange[]): ValueChange[] {
  const chained: ValueChange[] = [];
  for (const change of changes) {
    const earlier = chained.find((c) => c.field === change.field && c.to === change.from);
    if (earlier) earlier.to = change.to;
    else chained.push({ ...change });
  }
  return chained.filter((c) => c.from !== c.to);
}
