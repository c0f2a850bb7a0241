// Finding the reader's place: the clause on screen (for the language switch) and the part being read.
import { describe, expect, it } from 'vitest';
import { clauseOnScreen, currentHeading, placeLabels } from '../../src/lib/plan/place.ts';

const boxes = [
  { id: 'task-1-1-1', top: -900, bottom: -20 },
  { id: 'task-1-1-2', top: -20, bottom: 300 },
  { id: 'task-1-1-3', top: 300, bottom: 700 },
];

describe('the clause on screen', () => {
  it('is the first clause that reaches into the viewport', () => {
    expect(clauseOnScreen(boxes, 800)).toBe('task-1-1-2');
  });

  it('skips a clause with only a sliver left at the top of the screen', () => {
    expect(
      clauseOnScreen(
        [
          { id: 'a', top: -500, bottom: 4 },
          { id: 'b', top: 4, bottom: 400 },
        ],
        800,
      ),
    ).toBe('b');
  });

  it('is none at the top of the page, before the first clause has come into view', () => {
    expect(clauseOnScreen([{ id: 'part-1', top: 1200, bottom: 1260 }], 800)).toBeUndefined();
  });
});

describe('the part being read', () => {
  const headings = [
    { id: 'part-1', top: -3000 },
    { id: 'part-2', top: -400 },
    { id: 'part-3', top: 900 },
  ];

  it('is the last heading scrolled above the reading line', () => {
    expect(currentHeading(headings, 250)?.id).toBe('part-2');
  });

  it('is none above the first heading', () => {
    expect(currentHeading([{ id: 'part-1', top: 600 }], 250)).toBeUndefined();
  });
});

describe('placeLabels', () => {
  it('offers the whole heading first, then shorter cuts, then its number alone', () => {
    const labels = placeLabels('（一）提升知识产权创造质量');
    expect(labels[0]).toBe('（一）提升知识产权创造质量');
    expect(labels.at(-1)).toBe('（一）');
    expect(labels).toContain('（一）提升…');
  });
  it('never offers a cut that leaves less than the number and two characters of its words', () => {
    const labels = placeLabels('四、重点任务');
    expect(labels).toEqual(['四、重点任务', '四、重点任…', '四、重点…', '四、']);
  });
  it('finds the number of an English heading', () => {
    const labels = placeLabels('(1) Improve the quality of IP creation');
    expect(labels.at(-1)).toBe('(1)');
    expect(labels).toContain('(1) Improve the…');
    expect(labels).not.toContain('(1) Improve th…');
  });
  it('offers nothing for an empty heading', () => {
    expect(placeLabels('  ')).toEqual([]);
  });
});
