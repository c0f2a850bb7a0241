// The change log says what changed on a page in a reader's words, read from the lines a commit changed.
import { describe, expect, it } from 'vitest';
import { changeKinds } from '../../src/lib/content/changeKinds.ts';
import { parseChanges } from '../../src/data/history.ts';

const modified = (file: string, lines: string[]) => changeKinds({ file, status: 'modified', lines });

describe('changeKinds', () => {
  it('calls a new file a new page, and a removed one no change a reader can follow', () => {
    expect(changeKinds({ file: 'content/pages/zh/x.md', status: 'added', lines: ['title: x'] })).toEqual(['added']);
    expect(changeKinds({ file: 'content/pages/zh/x.md', status: 'deleted', lines: ['title: x'] })).toEqual([]);
  });

  it('tells wording, figures and sources apart in a target', () => {
    expect(modified('content/targets/madrid-registrations.json', ['  "value": 435,', '  "value": 436,'])).toEqual([
      'figures',
    ]);
    expect(modified('content/targets/x.json', ['    "zh": "马德里商标有效注册量"'])).toEqual(['text']);
    expect(modified('content/targets/x.json', ['      "url": "https://example.org/a"'])).toEqual(['sources']);
  });

  it('reads a service body’s changed value as a contact detail and its check date as bookkeeping', () => {
    expect(
      modified('content/services/zh/hotline-12330.md', ['    value: 0519-1234', '    verified: 2026-01-01']),
    ).toEqual(['contact']);
  });

  it('tells the page’s own title (wording) from a source’s title, and body text from fields', () => {
    expect(modified('content/progress/zh/x.md', ['title: 新标题'])).toEqual(['text']);
    expect(modified('content/progress/zh/x.md', ['  - title: 新闻发布会'])).toEqual(['sources']);
    expect(modified('content/progress/zh/x.md', ['2024年4月24日,法院召开发布会。'])).toEqual(['text']);
    expect(modified('content/pages/en/x.md', ['Note: this guide is not legal advice.'])).toEqual(['text']);
  });

  it('sees no change where only a translation’s fingerprint, its marker or a date moved', () => {
    expect(
      modified('content/pages/en/data.md', [
        'sourceHash: "63af0ca40b8a"',
        'markedBy: "lead"',
        'updated: 2026-11-26',
        '---',
      ]),
    ).toEqual([]);
  });
});

describe('parseChanges', () => {
  it('reads each commit’s files, their status and changed lines from git log -p', () => {
    const log = [
      '\x1e2026-01-02',
      '',
      'diff --git a/content/pages/zh/new.md b/content/pages/zh/new.md',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/content/pages/zh/new.md',
      '@@ -0,0 +1,2 @@',
      '+---',
      '+title: 新页面',
      'diff --git a/content/targets/x.json b/content/targets/x.json',
      '--- a/content/targets/x.json',
      '+++ b/content/targets/x.json',
      '@@ -12 +12 @@',
      '-  "value": 435,',
      '+  "value": 436,',
      '\x1e2026-01-01',
      '',
      'diff --git a/content/pages/en/data.md b/content/pages/en/data.md',
      '--- a/content/pages/en/data.md',
      '+++ b/content/pages/en/data.md',
      '@@ -2 +2 @@',
      '-sourceHash: "a"',
      '+sourceHash: "b"',
    ].join('\n');
    expect(parseChanges(log)).toEqual([
      {
        date: '2026-01-02',
        changes: [
          { file: 'content/pages/zh/new.md', kinds: ['added'] },
          { file: 'content/targets/x.json', kinds: ['figures'] },
        ],
      },
      { date: '2026-01-01', changes: [{ file: 'content/pages/en/data.md', kinds: [] }] },
    ]);
  });
});
