// What a translation translates, so its fingerprint (sourceHash) changes whenever any of it changes in the
// source: the title, description, summary and name in the front matter (for a { zh, en } name, the source
// language's) and the body. Data fields (dates, sources, figures, contacts) are not translated and leave
// the fingerprint alone. Pure: src/data/sourceHash.ts hashes what this returns.
import { SOURCE_LANG } from '../../i18n/locales.ts';
import { parseContent } from './parse.ts';

/** The front-matter fields a translation translates, in every kind that has them. */
export const TRANSLATABLE_FIELDS = ['title', 'description', 'summary', 'name'] as const;

/** The translatable text of a source file, as one string: its translatable fields, then its body. */
export function translatableText(markdown: string): string {
  const { data, body = '' } = parseContent('source.md', markdown);
  const front = (data ?? {}) as Record<string, unknown>;
  const fields = Object.fromEntries(
    TRANSLATABLE_FIELDS.flatMap((field) => {
      const value = front[field];
      const text = value && typeof value === 'object' ? (value as Record<string, unknown>)[SOURCE_LANG] : value;
      return typeof text === 'string' ? [[field, text.replace(/\s+/g, ' ').trim()]] : [];
    }),
  );
  return JSON.stringify({ fields, body: body.replace(/\s+/g, ' ').trim() });
}
