// The 繁體 converter's corrections: where OpenCC's phrase table picks the wrong character for the plan's words,
// a reader of the generated edition sees the right one, and converting back still gives the Simplified text.
import { describe, expect, it } from 'vitest';
import { CONVERTERS, INVERSE_CONVERTERS } from '../../src/i18n/converters.ts';

// Phrases of the plan as written (content/plan/zh/).
const CASES: [simplified: string, wrong: string][] = [
  ['知识产权优势示范企业、优秀发明人等的宣传', '髮明'],
  ['扩大全国知识产权宣传周、中国专利周', '專利周'],
  ['品牌企业聚集、名牌产品汇聚', '彙聚'],
];

describe('one word, one spelling', () => {
  // 发布 is 發佈 on its own; after 公开 or 会 OpenCC's phrase table split it differently and wrote 發布.
  it.each(['此件公开发布', '保护大会发布白皮书', '发布日期'])('writes 发布 in "%s" as 發佈, and back', (simplified) => {
    const traditional = CONVERTERS.s2t(simplified);
    expect(traditional).toContain('發佈');
    expect(traditional).not.toContain('發布');
    expect(INVERSE_CONVERTERS.s2t(traditional)).toBe(simplified);
  });
});

describe('the Simplified-to-Traditional converter', () => {
  it.each(CASES)('converts "%s" without "%s", and back to the original', (simplified, wrong) => {
    const traditional = CONVERTERS.s2t(simplified);
    expect(traditional).not.toContain(wrong);
    expect(INVERSE_CONVERTERS.s2t(traditional)).toBe(simplified);
  });
});
