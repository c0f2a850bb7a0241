// A chart writes a label only where it covers no other: the table under the chart carries every value.
import { describe, expect, it } from 'vitest';
import { labelsThatFit, type LabelBox } from '../../src/lib/charts/labelPlacement.ts';

const box = (left: number, top: number, width = 80, height = 20): LabelBox => ({ left, top, width, height });

describe('chart labels that fit', () => {
  it('keeps every label when none touches another', () => {
    const boxes = [box(0, 0), box(100, 0), box(0, 40)];
    expect(labelsThatFit(boxes)).toEqual([0, 1, 2]);
  });

  it('leaves out a label that would cover one already written, keeping the earlier', () => {
    const boxes = [box(0, 0), box(40, 10), box(200, 0)];
    expect(labelsThatFit(boxes)).toEqual([0, 2]);
  });

  it('leaves out a label closer than the gap, so two labels never read as one', () => {
    expect(labelsThatFit([box(0, 0), box(81, 0)], [], 2)).toEqual([0]);
    expect(labelsThatFit([box(0, 0), box(83, 0)], [], 2)).toEqual([0, 1]);
  });

  it('leaves out a label that would hide a point or the axis numbers', () => {
    const point = box(50, 5, 14, 14);
    const axis = box(0, 0, 30, 500);
    expect(labelsThatFit([box(40, 0), box(100, 100), box(20, 200)], [point, axis])).toEqual([1]);
  });

  it('lets a label touch its own point, beside which it is placed, but not cover it', () => {
    // The point's marker spans 50–64 × 15–29; the label above-right ends at 18 px, over the marker's top edge.
    expect(labelsThatFit([box(60, 0, 80, 18)], [{ ...box(50, 15, 14, 14), owner: 0 }])).toEqual([0]);
    expect(labelsThatFit([box(20, 12)], [{ ...box(50, 15, 14, 14), owner: 0 }])).toEqual([]);
  });
});
