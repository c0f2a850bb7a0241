// How readers meet plan clauses, lists and the hotline number: clause numbers and lead phrases (never IDs),
// lists by the language's own rules, and 12330 as a tap-to-call link.
import { describe, expect, it } from 'vitest';
import { clauseNumber, clauseRef } from '../../src/lib/plan/clauseRef.ts';
import { formatList, listParts } from '../../src/lib/format/list.ts';
import { telParts } from '../../src/lib/services/telLinks.ts';

describe('clause references', () => {
  it('numbers clauses as the plan does, in each language', () => {
    expect(clauseNumber('task-1-1-2', 'zh')).toBe('四(一)1');
    expect(clauseNumber('task-2-3', 'zh')).toBe('四(二)3');
    expect(clauseNumber('task-1-1-2', 'en')).toBe('IV (1) 1');
    expect(clauseNumber('goal-creation', 'zh')).toBe('三');
    expect(clauseNumber('safeguard-2-1', 'zh')).toBe('六(二)');
    expect(clauseNumber('part-5', 'en')).toBe('V');
    expect(clauseNumber('preamble', 'zh')).toBeUndefined();
  });

  it('names a measure by number and lead phrase, with no ID', () => {
    const text = '健全高价值专利培育机制。实施省、市级高价值专利培育示范中心建设计划,建立完善……';
    expect(clauseRef('task-1-1-2', text, 'zh')).toBe('四(一)1 健全高价值专利培育机制');
    expect(
      clauseRef('task-1-1-2', 'Improve the mechanism for cultivating high-value patents. Implement the plan…', 'en'),
    ).toBe('IV (1) 1 Improve the mechanism for cultivating high-value patents');
  });
});

describe('lists', () => {
  it('joins English with commas and "and", never with 、', () => {
    expect(formatList(['Disputes', 'Overseas IP'], 'en')).toBe('Disputes and Overseas IP');
    expect(formatList(['纠纷与维权', '海外知识产权', '培训'], 'zh')).toBe('纠纷与维权、海外知识产权和培训');
    expect(listParts(3, 'en')).toEqual([
      { type: 'item', index: 0 },
      { type: 'literal', value: ', ' },
      { type: 'item', index: 1 },
      { type: 'literal', value: ' and ' },
      { type: 'item', index: 2 },
    ]);
  });
});

describe('12330 in text', () => {
  it('makes each mention of 12330 a tel: link and leaves other numbers alone', () => {
    expect(telParts('可以拨打全国热线12330。')).toEqual([
      { text: '可以拨打全国热线' },
      { text: '12330', tel: 'tel:12330' },
      { text: '。' },
    ]);
    expect(telParts('call 123301 or 2012330')).toEqual([{ text: 'call 123301 or 2012330' }]);
  });
});

describe('long English clause names', () => {
  it('are cut at a word boundary', () => {
    const text =
      'Strengthen the building of IP protection and rights protection assistance workstations in all localities and parks. More.';
    expect(clauseRef('task-2-3-1', text, 'en')).toBe(
      'IV (2) 3 Strengthen the building of IP protection and rights protection assistance…',
    );
  });
});
