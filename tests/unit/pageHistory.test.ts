// A page's history as a reader sees it: consecutive entries that read the same on the same day are told once.
import { describe, expect, it } from 'vitest';
import { historyLines } from '../../src/lib/content/pageHistoryView.ts';

const hidden = () => '内容更新';
const shownNote = (entry: { note: string }) => entry.note;

describe('historyLines', () => {
  it('tells seven identical "内容更新" entries of one day once', () => {
    const entries = Array.from({ length: 7 }, (_, i) => ({ date: '2026-11-26', note: `commit ${i}` }));
    expect(historyLines(entries, hidden)).toEqual([{ date: '2026-11-26', text: '内容更新' }]);
  });
  it('keeps an entry of another day, and different notes of the same day', () => {
    const entries = [
      { date: '2026-11-26', note: 'Fix a figure' },
      { date: '2026-11-26', note: 'Add a source' },
      { date: '2026-11-20', note: 'Add a source' },
    ];
    expect(historyLines(entries, shownNote)).toHaveLength(3);
    expect(historyLines(entries, hidden).map((l) => l.date)).toEqual(['2026-11-26', '2026-11-20']);
  });
  it('leaves out a commit that changed nothing a reader sees (no reader-visible kind)', () => {
    const entries = [
      { date: '2026-11-26', kinds: ['text'] },
      { date: '2026-11-20', kinds: [] },
    ];
    const said = (entry: { kinds: string[] }) => (entry.kinds.length ? entry.kinds.join() : undefined);
    expect(historyLines(entries, said)).toEqual([{ date: '2026-11-26', text: 'text' }]);
  });
});
