// The change log says what changed on a page in a reader's words, and where on the page, read from the lines a
// commit changed and the sections git shows around them (git log -p --function-context, markdown driver).
import { describe, expect, it } from 'vitest';
import { fileChange, type FileDiff } from '../../src/lib/content/changeKinds.ts';
import { headingText } from '../../src/lib/content/changePlaces.ts';
import { parseChanges } from '../../src/data/history.ts';

/** Changed lines whose section the diff does not show (a hunk starting mid-file with no heading in it). */
const modified = (file: string, lines: string[]) =>
  fileChange({ file, status: 'modified', hunks: [{ oldStart: 10, newStart: 10, lines: lines.map((l) => `+${l}`) }] })
    .kinds;
/** A hunk as git prints it, lines with their marks, starting at `start` in both files. */
const diff = (file: string, start: number, lines: string[]): FileDiff => ({
  file,
  status: 'modified',
  hunks: [{ oldStart: start, newStart: start, lines }],
});
const page = 'content/pages/zh/infringement.md';

describe('changeKinds', () => {
  it('calls a new file a new page, and a removed one no change a reader can follow', () => {
    expect(fileChange({ file: page, status: 'added', hunks: [] }).kinds).toEqual(['added']);
    expect(fileChange({ file: page, status: 'deleted', hunks: [] }).kinds).toEqual([]);
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

describe('where the wording changed', () => {
  it('names the heading a changed line falls under', () => {
    const change = fileChange(
      diff(page, 20, [' ## 在常州可以找谁 {#who-can-help}', ' ', '-- 旧的机构', '+- 新的机构', ' ']),
    );
    expect(change).toEqual({ kinds: ['text'], places: [{ heading: '在常州可以找谁' }], renamed: [] });
  });

  it('names a changed heading by its new words, and a section taken out by its old ones', () => {
    const renamed = diff('content/explained/en.md', 8, [
      '-## What this means for you',
      '+## How this affects you',
      ' ',
    ]);
    expect(fileChange(renamed)).toMatchObject({
      places: [{ heading: 'How this affects you' }],
      renamed: [['What this means for you', 'How this affects you']],
    });
    const removed = diff('content/services/zh/x.md', 21, [
      ' ## 方案怎么说',
      ' ',
      ' - 方案要求……',
      '-',
      '-## 适合谁',
      '-',
      '-企业。',
    ]);
    expect(fileChange(removed).places).toEqual([{ heading: '适合谁' }]);
  });

  it('tells the page’s title and its opening text apart from the front matter’s other fields', () => {
    const top = diff(page, 1, [
      ' ---',
      '-title: 旧标题',
      '+title: 我遇到知识产权侵权或纠纷',
      '-summary: 旧摘要',
      '+summary: 新摘要',
      '-sourceHash: "a"',
      '+sourceHash: "b"',
      ' ---',
      ' ',
      '-发现有人仿冒您的商标时:',
      '+发现有人仿冒您的商标、使用您的专利时:',
      ' ',
      ' ## 可以怎么做 {#what-you-can-do}',
      ' ',
      '+6. **留意期限**。',
    ]);
    expect(fileChange(top)).toEqual({
      kinds: ['text'],
      places: [{ part: 'title' }, { part: 'elsewhere' }, { part: 'introduction' }, { heading: '可以怎么做' }],
      renamed: [],
    });
    // The sources in front matter are sources, wherever the hunk starts.
    expect(fileChange(diff(page, 1, [' ---', '-  - title: 旧新闻', '+  - title: 新闻发布会', ' ---'])).kinds).toEqual([
      'sources',
    ]);
  });

  it('names no opening text in a data file shown whole, nor in a page without headings', () => {
    const json = diff('content/court-cases/2024.json', 1, [' {', '-  "note": "旧说明",', '+  "note": "新说明",', ' }']);
    expect(fileChange(json)).toMatchObject({ kinds: ['text'], places: [{ part: 'elsewhere' }] });
    const record = diff('content/progress/zh/x.md', 1, [
      ' ---',
      ' title: 方案实施期届满',
      ' ---',
      ' ',
      '+这对您意味着什么。',
    ]);
    expect(fileChange({ ...record, sectioned: false })).toMatchObject({
      kinds: ['text'],
      places: [{ part: 'elsewhere' }],
    });
  });

  it('names no section where the diff does not show where the section starts (no markdown driver)', () => {
    const midSection = diff(page, 30, [' 一般要在3年内起诉。', '-旧的句子。', '+新的句子。']);
    expect(fileChange(midSection)).toEqual({ kinds: ['text'], places: [{ part: 'elsewhere' }], renamed: [] });
  });

  it('takes a heading from the text a reader sees: no marks, links, escapes or anchor', () => {
    expect(headingText('## 第1步:决定在哪里保护 \\{#step-1\\}')).toBe('第1步:决定在哪里保护');
    expect(headingText('### [Madrid](/en/targets/madrid/) **system** `filings` {#madrid}')).toBe(
      'Madrid system filings',
    );
    expect(headingText('#### 1. 着力培育高价值专利 {#task-1-1}')).toBe('1. 着力培育高价值专利');
  });
});

describe('punctuation and layout', () => {
  const under = (removed: string[], added: string[]) =>
    fileChange(diff(page, 20, [' ## 可以怎么做', ...removed.map((l) => `-${l}`), ...added.map((l) => `+${l}`)]));

  it('calls a change of punctuation, spacing, emphasis or blank lines punctuation and layout, naming no section', () => {
    expect(under(['2024年4月24日,法院召开发布会。'], ['2024年4月24日，法院召开“发布会”。'])).toEqual({
      kinds: ['layout'],
      places: [],
      renamed: [],
    });
    expect(under(['1. 保存证据:留下照片'], ['1. **保存证据**：留下照片'])).toMatchObject({ kinds: ['layout'] });
    expect(under([], [''])).toMatchObject({ kinds: ['layout'] });
    expect(under(['See the guide ( in English ).'], ['See the guide (in English).'])).toMatchObject({
      kinds: ['layout'],
    });
  });

  it('calls it wording when a figure, a word, an address or a sign changed with the punctuation', () => {
    for (const [before, after] of [
      ['共3.5亿元。', '共35亿元。'],
      ['约1,000件', '约1000件'],
      ['增长50%。', '增长50。'],
      ['请拨0519-8888。', '请拨05198888。'],
      ['Write to li.ming@example.cn.', 'Write to liming@example.cn.'],
      ['变化为-5。', '变化为5。'],
      ['先保存证据。', '先保存好证据。'],
    ])
      expect(under([before], [after]), `${before} → ${after}`).toMatchObject({ kinds: ['text'] });
  });
});

describe('parseChanges', () => {
  it('reads each commit’s files, their status, hunks and what changed where from git log -p', () => {
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
      '@@ -11,2 +11,2 @@',
      ' {',
      '-  "value": 435,',
      '+  "value": 436,',
      'diff --git a/content/pages/zh/data.md b/content/pages/zh/data.md',
      '--- a/content/pages/zh/data.md',
      '+++ b/content/pages/zh/data.md',
      '@@ -13,3 +13,4 @@ ## 说明',
      ' ## 下载',
      '',
      '-- 数据表',
      '+- 全部数据表',
      '\\ No newline at end of file',
      '\x1e2026-01-01',
      '',
      'diff --git a/content/pages/en/data.md b/content/pages/en/data.md',
      '--- a/content/pages/en/data.md',
      '+++ b/content/pages/en/data.md',
      '@@ -1,3 +1,3 @@',
      ' ---',
      '-sourceHash: "a"',
      '+sourceHash: "b"',
    ].join('\n');
    expect(parseChanges(log)).toEqual([
      {
        date: '2026-01-02',
        changes: [
          { file: 'content/pages/zh/new.md', kinds: ['added'], places: [], renamed: [] },
          {
            file: 'content/targets/x.json',
            kinds: ['figures'],
            places: [],
            renamed: [],
            values: [{ field: 'value', from: '435', to: '436' }],
          },
          { file: 'content/pages/zh/data.md', kinds: ['text'], places: [{ heading: '下载' }], renamed: [] },
        ],
      },
      { date: '2026-01-01', changes: [{ file: 'content/pages/en/data.md', kinds: [], places: [], renamed: [] }] },
    ]);
  });
});
