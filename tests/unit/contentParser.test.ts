// The content checker reads front matter as the build does, so a file that passes the check is a file Astro
// reads the same way: every content file and fixture, read by src/lib/content/parse.ts and by Astro's public
// parser (@astrojs/markdown-remark), gives the same data and the same body, or fails in both.
import { globSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { parseContent } from '../../src/lib/content/parse.ts';

// The rolled-over dates fixture is where the two differ on purpose (see datesAsInstants).
const files = globSync(['content/**/*.{md,mdx}', 'tests/fixtures/**/*.{md,mdx}'])
  .filter((file) => !file.endsWith('rolled-over-dates.md'))
  .sort();

// One difference is intended: a date YAML would turn into a Date (and roll 2024-02-30 over to 2024-03-01) is
// given back as the editor typed it, so the schema can check it. Both sides compare dates as instants.
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}(?:[Tt ].*)?$/;
function datesAsInstants(value: unknown): unknown {
  if (value instanceof Date) return `instant ${value.getTime()}`;
  if (typeof value === 'string' && DATE_TEXT.test(value) && !Number.isNaN(Date.parse(value)))
    return `instant ${Date.parse(value)}`;
  if (Array.isArray(value)) return value.map(datesAsInstants);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesAsInstants(v)]));
  return value;
}

function astroReads(text: string) {
  try {
    const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
    return { data: datesAsInstants(frontmatter), body: content };
  } catch {
    return { fails: true };
  }
}

function weRead(file: string, text: string) {
  const parsed = parseContent(file, text);
  return parsed.problem?.field.startsWith('line ')
    ? { fails: true }
    : { data: datesAsInstants(parsed.data), body: parsed.body };
}

describe('the content parser', () => {
  it.each(files)('reads %s as Astro does', (file) => {
    const text = readFileSync(file, 'utf8');
    // A file without front matter is the checker's own finding; Astro reads it as having none.
    if (parseContent(file, text).problem?.field === '(front matter)') return;
    expect(weRead(file, text)).toEqual(astroReads(text));
  });

  it.each([
    ['a date', 'date: 2024-03-01\n'],
    ['a date and time', 'at: 2024-03-01T08:30:00+08:00\n'],
    ['words YAML 1.1 took for booleans', 'a: yes\nb: off\n'],
    ['octal and hex numbers', 'a: 0o17\nb: 0x1F\nc: 017\n'],
    ['a merge key', 'base: &b\n  x: 1\nitem:\n  <<: *b\n  y: 2\n'],
    ['an empty value and a null', 'a:\nb: null\nc: ~\n'],
  ])('reads %s as Astro does', (_, yaml) => {
    const text = `---\n${yaml}---\n\nBody\n`;
    expect(weRead('x.md', text)).toEqual(astroReads(text));
  });

  it('fails where Astro fails: a repeated key, a tab indent', () => {
    for (const yaml of ['a: 1\na: 2\n', 'a:\n\t- b\n']) {
      const text = `---\n${yaml}---\n`;
      expect(astroReads(text)).toEqual({ fails: true });
      expect(weRead('x.md', text)).toEqual({ fails: true });
    }
  });

  it('keeps the line numbers of the body, so a problem in the Markdown is reported on the right line', () => {
    const parsed = parseContent('x.md', '---\ntitle: 标题\n---\n\n正文');
    expect(parsed.data).toEqual({ title: '标题' });
    expect(parsed.body!.split('\n').indexOf('正文')).toBe(4);
  });
});
