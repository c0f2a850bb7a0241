// What changed and where, in the reader's words: one line per page per day, at most three places named.
import { describe, expect, it } from 'vitest';
import { changeKindsInWords } from '../../src/lib/content/changeWords.ts';

const headings = (...names: string[]) => names.map((heading) => ({ heading }));

describe('changeKindsInWords', () => {
  it('names the sections wording changed in, by their headings, with the list rules of the language', () => {
    const where = headings('办理步骤', '谁能帮忙');
    expect(changeKindsInWords(['text', 'sources'], 'zh', where)).toBe('“办理步骤”和“谁能帮忙”文字修改和来源更新');
    expect(
      changeKindsInWords(['text'], 'en', headings('Steps', 'Who may file alone, and who must use an agency')),
    ).toBe('wording changed in “Steps” and “Who may file alone, and who must use an agency”');
  });

  it('calls text before the first heading the opening, and names the title first', () => {
    const where = [{ heading: '下载' }, { part: 'introduction' as const }, { part: 'title' as const }];
    expect(changeKindsInWords(['text'], 'zh', where)).toBe('标题、开头和“下载”文字修改');
    expect(changeKindsInWords(['text'], 'en', where)).toBe('wording changed in the title, the introduction and “下载”');
  });

  it('names three places and counts the rest', () => {
    const where = headings('A', 'B', 'C', 'D', 'E');
    expect(changeKindsInWords(['text'], 'zh', where)).toBe('“A”、“B”和“C”等5处文字修改');
    expect(changeKindsInWords(['text'], 'en', where)).toBe('wording changed in 5 places, including “A”, “B” and “C”');
    const beyond = [...where, { part: 'elsewhere' as const }];
    expect(changeKindsInWords(['text'], 'en', beyond)).toBe('wording changed in “A”, “B”, “C” and elsewhere');
  });

  it('says "elsewhere" for wording it cannot place beside named sections, and no place when it can name none', () => {
    const where = [...headings('Steps'), { part: 'elsewhere' as const }];
    expect(changeKindsInWords(['text'], 'en', where)).toBe('wording changed in “Steps” and elsewhere');
    expect(changeKindsInWords(['text'], 'zh', [{ part: 'elsewhere' }])).toBe('文字修改');
    expect(changeKindsInWords(['text', 'figures'], 'en')).toBe('wording changed and figures updated');
  });

  it('says when only punctuation and layout changed', () => {
    expect(changeKindsInWords(['layout'], 'zh')).toBe('标点和格式调整');
    expect(changeKindsInWords(['layout'], 'en')).toBe('punctuation and layout tidied');
  });
});
