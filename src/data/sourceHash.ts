// The fingerprint of a Chinese source text that an English translation records as `sourceHash`;
// when the Chinese text changes, the fingerprints differ and the translation is flagged as out of date.
// Node-only (node:crypto); used by the build, npm run translation:mark and npm run new.
import { createHash } from 'node:crypto';
import { parseFrontmatter } from '@astrojs/markdown-remark';

/** The file's text with `sourceHash` set in its front matter (replaced if present, added first if not). */
export function withSourceHash(text: string, hash: string): string {
  // A text edit, not a YAML round trip, so the editor's formatting and comments stay as they were.
  const existing = /^(---\r?\n(?:[\s\S]*?\n)?)sourceHash:.*\r?\n/;
  return existing.test(text)
    ? text.replace(existing, `$1sourceHash: "${hash}"\n`)
    : text.replace(/^---\r?\n/, `---\nsourceHash: "${hash}"\n`);
}

/** Body of a Markdown file (after its front matter), whitespace-normalised, as a short SHA-256. */
export function sourceHash(markdown: string): string {
  const body = parseFrontmatter(markdown, { frontmatter: 'remove' }).content.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(body).digest('hex').slice(0, 12);
}
