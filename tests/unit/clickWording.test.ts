// Pages are read on phones, with keyboards and screen readers, and on paper (issue 27): text for readers says
// what a link is or where it leads, never "click here" (点击 / 單擊 / tap), which means nothing on a printout.
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const READER_TEXT = [...globSync('content/**/*.{md,mdx,json}'), ...globSync('src/i18n/*.ts')];
const CLICK_WORDING = /点击|點擊|单击|單擊|\bclick(s|ed|ing)?\b|\btap(s|ped|ping)?\b/gi;

describe('words for readers', () => {
  it('are checked in every content file and dictionary', () => {
    expect(READER_TEXT.filter((f) => f.startsWith('content/')).length).toBeGreaterThan(50);
    expect(READER_TEXT.some((f) => f.startsWith('src/i18n/'))).toBe(true);
  });

  it('never tell readers to click or tap', () => {
    const found = READER_TEXT.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => [...line.matchAll(CLICK_WORDING)].map((m) => `${file}:${i + 1}: ${m[0]}`)),
    );
    expect(found).toEqual([]);
  });

  it('catches the wording in each form', () => {
    for (const text of ['点击目标名称', '點擊', 'Click here', 'tap the button'])
      expect(text.match(CLICK_WORDING), text).not.toBeNull();
    for (const text of ['选择目标名称', 'tapestry', 'a tape', 'clickbait'])
      expect(text.match(CLICK_WORDING), text).toBeNull();
  });
});
