// `npm run content:check` on a copy of the real content with one bad file added: every error class an
// editor can make fails the check with a message naming the file and the field.
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/checkContent.ts';

const EN_STUB = '---\ntitle: English twin\nsummary: Test.\n---\n\nTest.\n';
const SERVICE_EN_STUB = '---\nsummary: Test.\n---\n\nTest.\n';
let dir: string;

/** A copy of content/ with the given fixture files added; returns the check's problems. */
function checkWith(files: Record<string, string>): ReturnType<typeof checkContent> {
  dir = mkdtempSync(join(tmpdir(), 'content-check-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, 'content', path), text);
  return checkContent(join(dir, 'content'));
}
const fixture = (path: string) => readFileSync(`tests/fixtures/${path}`, 'utf8');
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('content check', () => {
  it('passes the real content', () => {
    expect(checkWith({})).toEqual([]);
  });

  it.each([
    ['malformed front matter', { 'progress/zh/bad.md': fixture('progress/malformed.md'), 'progress/en/bad.md': EN_STUB }, 'content/progress/zh/bad.md', '(syntax)'],
    ['a missing required field', { 'targets/bad.json': fixture('targets/no-unit.json') }, 'content/targets/bad.json', 'unit'],
    ['a wrong date', { 'progress/zh/bad.md': fixture('progress/wrong-date.md'), 'progress/en/bad.md': EN_STUB }, 'content/progress/zh/bad.md', 'date'],
    ['a figure that is not a number', { 'progress/zh/bad.md': fixture('progress/figure-not-number.md'), 'progress/en/bad.md': EN_STUB }, 'content/progress/zh/bad.md', 'figures.0.value'],
    ['a figure without a source', { 'progress/zh/bad.md': fixture('progress/figure-without-source.md'), 'progress/en/bad.md': EN_STUB }, 'content/progress/zh/bad.md', 'sources'],
    ['an unknown target id', { 'progress/zh/bad.md': fixture('progress/unknown-target.md'), 'progress/en/bad.md': EN_STUB }, 'content/progress/zh/bad.md', 'figures[0].target'],
    ['a clause ID that does not exist', { 'services/zh/bad.md': fixture('services/unknown-clause.md'), 'services/en/bad.md': SERVICE_EN_STUB }, 'content/services/zh/bad.md', 'clauses[0]'],
    ['a contact detail without a source', { 'services/zh/bad.md': fixture('services/contact-without-source.md'), 'services/en/bad.md': SERVICE_EN_STUB }, 'content/services/zh/bad.md', 'contact.phone.source'],
    ['a page without its translation', { 'pages/zh/orphan.md': fixture('markdown/orphan.md') }, 'content/pages/zh/orphan.md', '(translation)'],
    ['a broken link inside Markdown', { 'pages/zh/links.md': fixture('markdown/broken-link.md'), 'pages/en/links.md': fixture('markdown/orphan.md') }, 'content/pages/zh/links.md', 'line 7'],
  ])('fails on %s, naming the file and the field', (_name, files, file, field) => {
    const problems = checkWith(files as Record<string, string>);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toContain(`${file} ${field}`);
    expect(problems.every((p) => p.message.includes(' / '))).toBe(true); // Chinese and English side by side
  });
});
