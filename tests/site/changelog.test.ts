// The change log (/changelog/) as a reader sees it.
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';

describe('the change log', () => {
  it('names every changed page in the change log by its title, never by its address', () => {
    for (const url of ['/changelog/', '/en/changelog/']) {
      const named = page(url)
        .querySelectorAll('.changelog li a')
        .map((a) => a.textContent.trim());
      expect(
        named.filter((text) => text.startsWith('/')),
        url,
      ).toEqual([]);
    }
  });
});
