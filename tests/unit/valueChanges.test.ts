// A fact changed on the site is told with its old and new value ("期限：2025年6月 → 2024年12月"), so a reporter who
// quoted the old one can say what changed; wording keeps its section names, and no builder's words appear.
import { describe, expect, it } from 'vitest';
import { chainValues, valueChanges } from '../../src/lib/content/valueChanges.ts';
import { fileChange } from '../../src/lib/content/changeKinds.ts';
import { DayChanges } from '../../src/lib/content/dayChanges.ts';
import { changeKindsInWords, valuesInWords } from '../../src/lib/content/changeWords.ts';
import { CONTENT_LANGS, SOURCE_LANG } from '../../src/i18n/locales.ts';
import { fullWidthPunctuation } from '../../src/lib/typography/punctuation.ts';

const english = CONTENT_LANGS.find((lang) => lang !== SOURCE_LANG)!;
const lines = (...marked: string[]) => marked.map((l) => ({ mark: l[0] as '+' | '-', text: l.slice(1) }));
/** A change to a JSON file (a target), git's hunk lines with their marks. */
const jsonChange = (...marked: string[]) =>
  fileChange({
    file: 'content/targets/patent-subsidy-phase-out.json',
    status: 'modified',
    hunks: [{ oldStart: 9, newStart: 9, lines: marked }],
  });

describe('valueChanges', () => {
  it('pairs the old and new value of a field changed in place, JSON or YAML', () => {
    expect(valueChanges(lines('-  "deadline": "2025-06",', '+  "deadline": "2024-12",'))).toEqual([
      { field: 'deadline', from: '2025-06', to: '2024-12' },
    ]);
    expect(valueChanges(lines('-    url: https://a.example/1', '+    url: "https://a.example/2"'))).toEqual([
      { field: 'url', from: 'https://a.example/1', to: 'https://a.example/2' },
    ]);
    expect(valueChanges(lines('-  "value": 430,', '+  "value": 435'))).toEqual([
      { field: 'value', from: '430', to: '435' },
    ]);
  });
  it('tells a service body’s value as a contact detail', () => {
    expect(valueChanges(lines('-    value: 0519-1111', '+    value: 0519-2222'), true)).toEqual([
      { field: 'contact', from: '0519-1111', to: '0519-2222' },
    ]);
  });
  it('says nothing of wording, of a field only added or only removed, or of a value unchanged', () => {
    expect(valueChanges(lines('-    "zh": "旧名称"', '+    "zh": "新名称"'))).toEqual([]);
    expect(valueChanges(lines('+  "deadline": "2024-12",'))).toEqual([]);
    expect(valueChanges(lines('-  "value": 1,', '+  "value": 1'))).toEqual([]);
  });
  it('does not pair one source’s address with another’s when sources were dropped and added', () => {
    expect(
      valueChanges(
        lines('-    url: https://a.example/1', '-    url: https://b.example/2', '+    url: https://c.example/3'),
      ),
    ).toEqual([]);
  });
  it('chains a day’s changes to one field, and drops a value changed back', () => {
    expect(
      chainValues([
        { field: 'deadline', from: '2025-06', to: '2024-12' },
        { field: 'deadline', from: '2024-12', to: '2024-11' },
      ]),
    ).toEqual([{ field: 'deadline', from: '2025-06', to: '2024-11' }]);
    expect(
      chainValues([
        { field: 'value', from: '1', to: '2' },
        { field: 'value', from: '2', to: '1' },
      ]),
    ).toEqual([]);
  });
});

describe('a file’s change and a day’s', () => {
  it('carries the values a commit changed, with its kinds', () => {
    const change = jsonChange('-  "deadline": "2025-06",', '+  "deadline": "2024-12",');
    expect(change.kinds).toEqual(['figures']);
    expect(change.values).toEqual([{ field: 'deadline', from: '2025-06', to: '2024-12' }]);
  });
  it('tells no old values for a page new that day', () => {
    const day = new DayChanges();
    day.add({ kinds: ['added'], places: [], renamed: [], values: [] });
    day.add(jsonChange('-  "deadline": "2025-06",', '+  "deadline": "2024-12",'));
    expect(day.told().values).toEqual([]);
  });
});

describe('in words', () => {
  const deadline = [{ field: 'deadline' as const, from: '2025-06', to: '2024-12' }];
  it('writes dates as the page does, old → new, after what changed', () => {
    // As the page shows it: its pass widens Chinese punctuation (src/lib/typography/pagePass.ts).
    expect(fullWidthPunctuation(changeKindsInWords(['figures'], SOURCE_LANG, [], deadline))).toBe(
      '数字更新（期限：2025年6月 → 2024年12月）',
    );
    expect(changeKindsInWords(['figures'], english, [], deadline)).toBe(
      'figures updated (deadline: June 2025 → December 2024)',
    );
  });
  it('keeps an address whole and as written', () => {
    const url = [{ field: 'url' as const, from: 'https://a.example/x?y=1', to: 'https://a.example/z' }];
    expect(valuesInWords(url, english)).toBe(' (web address: https://a.example/x?y=1 → https://a.example/z)');
  });
  it('adds nothing when no fact changed', () => {
    expect(changeKindsInWords(['sources'], english)).toBe('sources updated');
  });
});
