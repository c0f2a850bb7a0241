// The finder's order: a reader looking for help meets the bodies that exist before those the plan only proposes.
import { describe, expect, it } from 'vitest';
import { existingFirst, isProposed } from '../../src/lib/services/standing.ts';

type Body = { name: string; record: { data: { standing: { status: 'exists' | 'proposed' } } } };
const body = (name: string, status: 'exists' | 'proposed'): Body => ({
  name,
  record: { data: { standing: { status } } },
});

describe('existingFirst', () => {
  it('puts every existing body before every proposal, keeping the order within each', () => {
    const views = [body('甲', 'proposed'), body('乙', 'exists'), body('丙', 'proposed'), body('丁', 'exists')];
    expect(existingFirst(views).map((v) => v.name)).toEqual(['乙', '丁', '甲', '丙']);
  });

  it('tells a proposal from a body that exists', () => {
    expect(isProposed({ standing: { status: 'proposed' } } as never)).toBe(true);
    expect(isProposed({ standing: { status: 'exists' } } as never)).toBe(false);
  });
});
