// The content checker reads front matter with the build's own parser, so a file that passes the check is a
// file Astro reads the same way.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseContent } from '../../src/lib/content/parse.ts';

describe('the content parser', () => {
  it('is the front-matter module Astro itself resolves, not a second copy that could drift', () => {
    const fromProject = createRequire(import.meta.url).resolve('@astrojs/internal-helpers/frontmatter');
    const astroEntry = createRequire(import.meta.url).resolve('astro');
    const fromAstro = createRequire(astroEntry).resolve('@astrojs/internal-helpers/frontmatter');
    expect(fromProject).toBe(fromAstro);
  });

  it('keeps the line numbers of the body, so a problem in the Markdown is reported on the right line', () => {
    const parsed = parseContent('x.md', '---\ntitle: 标题\n---\n\n正文');
    expect(parsed.data).toEqual({ title: '标题' });
    expect(parsed.body!.split('\n').indexOf('正文')).toBe(4);
  });
});
