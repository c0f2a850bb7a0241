// The last word of a label kept with what follows it (a need's count on /services/): split where a reader's
// line may break, in English at the last space, in Chinese before the last word.
import { describe, expect, it } from 'vitest';
import { splitBeforeLastWord } from '../../src/lib/typography/lastWord.ts';

describe('splitBeforeLastWord', () => {
  it('splits English before its last word, keeping the space with what comes before', () => {
    expect(splitBeforeLastWord('Financing and commercialisation', 'en')).toEqual([
      'Financing and ',
      'commercialisation',
    ]);
  });

  it('keeps a one-word label whole', () => {
    expect(splitBeforeLastWord('Training', 'en')).toEqual(['', 'Training']);
    expect(splitBeforeLastWord('', 'en')).toEqual(['', '']);
  });

  it('splits Chinese before its last word, not its last character', () => {
    const [head, last] = splitBeforeLastWord('快速审查与保护', 'zh-CN');
    expect(head + last).toBe('快速审查与保护');
    expect(last.length).toBeGreaterThan(1);
  });

  it('keeps trailing punctuation with the last word', () => {
    expect(splitBeforeLastWord('IP abroad.', 'en')).toEqual(['IP ', 'abroad.']);
  });
});
