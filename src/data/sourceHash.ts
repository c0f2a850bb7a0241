// The fingerprint of a source-language file that a translation records as `sourceHash`: when any of its
// translatable text (title, summary, name, body: src/lib/content/translatable.ts) changes, the fingerprints
// differ and the translation is flagged as out of date. Node-only (node:crypto); used by the build,
// npm run translation:mark and npm run new.
import { createHash } from 'node:crypto';
import { translatableText } from '../lib/content/translatable.ts';

/** The file's text with `sourceHash` (and who marked it, `markedBy`) set first in its front matter. */
export function withSourceHash(text: string, hash: string, markedBy?: string): string {
  // A text edit, not a YAML round trip, so the editor's formatting and comments stay as they were.
  const field = (name: string) => new RegExp(`^(---\\r?\\n(?:[\\s\\S]*?\\n)?)${name}:.*\\r?\\n`);
  let result = text.replace(field('markedBy'), '$1');
  result = field('sourceHash').test(result)
    ? result.replace(field('sourceHash'), `$1sourceHash: "${hash}"\n`)
    : result.replace(/^---\r?\n/, `---\nsourceHash: "${hash}"\n`);
  return markedBy === undefined
    ? result
    : result.replace(/^(---\r?\n(?:[\s\S]*?\n)?sourceHash:.*\r?\n)/, `$1markedBy: ${JSON.stringify(markedBy)}\n`);
}

/** The source's translatable text as a short SHA-256. */
export function sourceHash(markdown: string): string {
  return createHash('sha256').update(translatableText(markdown)).digest('hex').slice(0, 12);
}
