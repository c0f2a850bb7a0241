// A short English word searched for is not found inside a name that begins with it (Pagefind matches the start
// of words): "how long to sue" must not land on the plan's "Longcheng Innovation Award".
import { describe, expect, it } from 'vitest';
import { isNameMatch, withoutNameMatches } from '../../src/lib/search/namePrefix.ts';

describe('isNameMatch', () => {
  it('takes a capitalised name that begins with the word for no match ("long" in Longcheng)', () => {
    expect(isNameMatch('Longcheng', ['long', 'sue'])).toBe(true);
    expect(isNameMatch('"Longcheng', ['long'])).toBe(true);
    expect(isNameMatch('Trademark', ['trade', 'fair'])).toBe(true);
  });

  it('keeps the word itself and its English endings, capitalised or not', () => {
    for (const word of ['long', 'Long', 'longer', 'sued', 'Patents', 'long-term', 'Invention,'])
      expect(isNameMatch(word, ['long', 'sue', 'patent', 'invent']), word).toBe(false);
  });

  it('keeps a lower-case word that merely begins with the searched word: only names are left out', () => {
    expect(isNameMatch('longitude', ['long'])).toBe(false);
  });
});

describe('withoutNameMatches', () => {
  const content = 'Hold the Longcheng Innovation Award. Sue within three years; the long list of sued parties.';
  const at = (word: string) => content.split(' ').indexOf(word);

  it('drops the places of names and keeps those of the words searched for', () => {
    const places = [at('Longcheng'), at('Sue'), at('long'), at('sued')];
    expect(withoutNameMatches(content, places, ['long', 'sue'])).toEqual([at('Sue'), at('long'), at('sued')]);
  });

  it('leaves Chinese text (words split at zero-width spaces) and Chinese queries as they are', () => {
    expect(withoutNameMatches('龙城\u200B人才', [0, 1], ['long'])).toEqual([0, 1]);
    expect(withoutNameMatches(content, [at('Longcheng')], ['龙城'])).toEqual([at('Longcheng')]);
  });
});
