// The fingerprint of a Chinese source text that an English translation records as `sourceHash`;
// when the Chinese text changes, the fingerprints differ and the translation is flagged as out of date.
import { createHash } from 'node:crypto';

/** Body of a Markdown file (after its front matter), whitespace-normalised, as a short SHA-256. */
export function sourceHash(markdown: string): string {
  const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(body).digest('hex').slice(0, 12);
}
