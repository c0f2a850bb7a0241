// A clause's citation tells its paragraph apart: the paragraphs of 二 and 三 share their part's number, so
// they are named by their lead phrase too; a phase by its own (一)…(四).
import { describe, expect, it } from 'vitest';
import { citedClause } from '../../src/lib/plan/clauseRef.ts';
import { SOURCE_LANG, CONTENT_LANGS, typographyOf } from '../../src/i18n/locales.ts';

const ENGLISH = CONTENT_LANGS.find((lang) => typographyOf(lang) === 'latin')!;

describe('citedClause', () => {
  it('names a goal of 三 by its number and its lead phrase in quotes', () => {
    expect(
      citedClause(
        'goal-utilisation',
        '知识产权运用市场更活、效益更高。企业知识产权战略管理能力稳步提升。',
        SOURCE_LANG,
      ),
    ).toBe('三“知识产权运用市场更活、效益更高”');
    expect(
      citedClause(
        'goal-utilisation',
        'IP will be used more actively in the market and with higher returns. Enterprises…',
        ENGLISH,
      ),
    ).toBe('III "IP will be used more actively in the market and with higher returns"');
  });
  it('tells two goals of the same part apart', () => {
    const a = citedClause('goal-creation', '知识产权创造质量更高、结构更优。培育一批。', SOURCE_LANG);
    const b = citedClause('goal-protection', '知识产权保护力度更强、环境更好。实施。', SOURCE_LANG);
    expect(a).not.toBe(b);
  });
  it('gives a phase its own number within 五', () => {
    expect(citedClause('phase-2', '(二)推进实施阶段(2022年10月—2023年12月)。', SOURCE_LANG)).toBe('五(二)');
    expect(citedClause('phase-2', '(2) Implementation stage.', ENGLISH)).toBe('V (2)');
  });
  it('keeps the plan’s own number for a numbered measure', () => {
    expect(citedClause('task-5-1-1', '深入实施高价值专利培育工程。', SOURCE_LANG)).toBe('四(五)1');
  });
});
