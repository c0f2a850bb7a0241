// English pages join lists of links the English way ("A, B and C"), never with the Chinese 、.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileForUrl, pageUrls } from '../support/dist.ts';

const englishPages = pageUrls().filter((url) => /(^|\/)en\//.test(url));

describe('lists on English pages', () => {
  it('has English pages to check', () => {
    expect(englishPages.length).toBeGreaterThan(0);
  });
  it.each(englishPages)('%s joins no links with 、', (url) => {
    expect(readFileSync(fileForUrl(url), 'utf8')).not.toMatch(/<\/a>\s*、\s*<a/);
  });
});
