// A body's name set inside the quotes of "ask for “…”" keeps its own quotes as single ones (GB/T 15834 4.1.3.3).
import { describe, expect, it } from 'vitest';
import { nestQuotes } from '../../src/lib/typography/nestQuotes.ts';

describe('a name quoted inside quotes', () => {
  it('turns a Chinese name’s own double quotes single', () => {
    expect(`“${nestQuotes('商务部“应对贸易摩擦工作站”')}”`).toBe('“商务部‘应对贸易摩擦工作站’”');
  });

  it('does the same with straight quotes in English', () => {
    expect(nestQuotes('"One-stop" comprehensive platform')).toBe("'One-stop' comprehensive platform");
  });

  it('leaves a name without quotes as it is', () => {
    expect(nestQuotes('常州商标受理窗口')).toBe('常州商标受理窗口');
  });
});
