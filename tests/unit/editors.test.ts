// Editors' tools: translation states, scaffolded files, the change log and file-to-page mapping.
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { translationStatus } from '../../src/data/translationStatus.ts';
import { readContentFiles } from '../../src/data/contentFiles.ts';
import { sourceHash, withSourceHash } from '../../src/data/sourceHash.ts';
import { scaffold } from '../../src/lib/content/scaffold.ts';
import { checkContentFolder } from '../../src/data/checked.ts';
import { loadSpellChecker, wordListIn } from '../../src/data/spellChecker.ts';
import { changelogEntries } from '../../src/lib/content/changelog.ts';
import type { ChangeKind } from '../../src/lib/content/changeKinds.ts';
import type { TextPlace } from '../../src/lib/content/changePlaces.ts';
import { pageForContentFile } from '../../src/lib/content/pageForFile.ts';

let dir: string;
const copyContent = () => {
  dir = mkdtempSync(join(tmpdir(), 'editors-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
};
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
const translationPairs = (root: string) => translationStatus(readContentFiles(root));

describe('translation status', () => {
  it('finds every translation current in the repository', () => {
    expect(translationPairs('content').filter((p) => p.state !== 'current')).toEqual([]);
  });

  it('flags an English file as stale once its Chinese source changes, and not for whitespace', () => {
    const root = copyContent();
    const zh = join(root, 'services/zh/trademark-window.md');
    writeFileSync(zh, readFileSync(zh, 'utf8') + '\n\n');
    expect(translationPairs(root).find((p) => p.source.endsWith('services/zh/trademark-window.md'))!.state).toBe(
      'current',
    );
    writeFileSync(zh, readFileSync(zh, 'utf8') + '\n新增一句。\n');
    expect(translationPairs(root).find((p) => p.source.endsWith('services/zh/trademark-window.md'))!.state).toBe(
      'stale',
    );
  });

  it('reports a Chinese file without its English twin', () => {
    const root = copyContent();
    rmSync(join(root, 'progress/en/2022-09-15-plan-issued.md'));
    expect(translationPairs(root).find((p) => p.source.endsWith('2022-09-15-plan-issued.md'))!.state).toBe(
      'missing-translation',
    );
  });

  it('records a fingerprint once, replacing an older one wherever it stands in the front matter', () => {
    const once = withSourceHash('---\ntitle: a\n---\nText', 'aaaaaaaaaaaa');
    expect(once).toBe('---\nsourceHash: "aaaaaaaaaaaa"\ntitle: a\n---\nText');
    expect(withSourceHash(once, 'bbbbbbbbbbbb')).toBe('---\nsourceHash: "bbbbbbbbbbbb"\ntitle: a\n---\nText');
    expect(withSourceHash('---\ntitle: a\nsourceHash: "aaaaaaaaaaaa"\n---\nText', 'cccccccccccc')).toBe(
      '---\ntitle: a\nsourceHash: "cccccccccccc"\n---\nText',
    );
  });

  it('fingerprints every translatable field and the text, not the data fields', () => {
    const base = '---\ntitle: 标题\nsummary: 摘要\nname:\n  zh: 名称\n  en: Name\ndate: 2024-01-01\n---\n正文';
    for (const changed of [
      base.replace('标题', '新标题'),
      base.replace('摘要', '新摘要'),
      base.replace('名称', '新名称'),
      base.replace('正文', '新正文'),
    ])
      expect(sourceHash(changed)).not.toBe(sourceHash(base));
    expect(sourceHash(base.replace('2024-01-01', '2024-01-02'))).toBe(sourceHash(base));
    expect(sourceHash(base.replace('Name', 'New name'))).toBe(sourceHash(base));
  });

  it('records who marked a translation beside its fingerprint, replacing an earlier marker', () => {
    const marked = withSourceHash('---\ntitle: a\n---\nText', 'aaaaaaaaaaaa', '王编辑');
    expect(marked).toBe('---\nsourceHash: "aaaaaaaaaaaa"\nmarkedBy: "王编辑"\ntitle: a\n---\nText');
    expect(withSourceHash(marked, 'bbbbbbbbbbbb', 'A. Translator')).toBe(
      '---\nsourceHash: "bbbbbbbbbbbb"\nmarkedBy: "A. Translator"\ntitle: a\n---\nText',
    );
  });
});

describe('npm run new', () => {
  it.each([
    [
      'snapshot',
      {
        slug: 'ip-week',
        'title-zh': '知识产权宣传周',
        'title-en': 'IP week',
        'source-title': '来源',
        'source-title-en': 'Source',
        'source-publisher': '发布者',
        'source-publisher-en': 'Publisher',
        'source-date': '2026-04-20',
      },
    ],
    [
      'service',
      {
        slug: 'new-body',
        'name-zh': '新机构',
        'name-en': 'New body',
        kind: 'hotline',
        need: 'disputes',
        district: 'citywide',
        clause: 'task-2-3-1',
        standing: 'exists',
        'plan-words': '深化商务部“应对贸易摩擦工作站”服务功能',
        'summary-zh': '说明。',
        'summary-en': 'Summary.',
      },
    ],
    [
      'page',
      { slug: 'help', 'title-zh': '帮助', 'title-en': 'Help', 'description-zh': '帮助。', 'description-en': 'Help.' },
    ],
  ] as const)('writes a %s pair that passes the content check, dated the day it is given', (kind, fields) => {
    const root = copyContent();
    const files = scaffold(kind, { ...fields }, '2026-11-26', sourceHash);
    expect(files).toHaveLength(2);
    for (const file of files) {
      mkdirSync(dirname(join(root, file.path)), { recursive: true });
      writeFileSync(join(root, file.path), file.text);
    }
    expect(checkContentFolder(root, loadSpellChecker(wordListIn(root)))).toEqual([]);
    expect(translationPairs(root).filter((p) => p.state !== 'current')).toEqual([]);
    if (kind === 'snapshot') expect(files[0].path).toBe('progress/zh/2026-11-26-ip-week.md');
  });

  it('refuses a slug with spaces or capitals, saying how to write one', () => {
    expect(() =>
      scaffold(
        'page',
        { slug: 'My Page', 'title-zh': 'a', 'title-en': 'a', 'description-zh': 'a', 'description-en': 'a' },
        '2026-11-26',
        sourceHash,
      ),
    ).toThrow(/lowercase letters, digits and hyphens/);
  });
});

describe('change log', () => {
  const commit = (date: string, changes: Array<[string, ChangeKind[], TextPlace[]?]>) => ({
    date,
    changes: changes.map(([file, kinds, places = []]) => ({ file, kinds, places, renamed: [] })),
  });

  it('merges progress records and the days content changed, newest first, naming pages in this language by title', () => {
    const entries = changelogEntries(
      [{ date: '2024-04-25', title: '大会', url: '/progress/x/' }],
      [
        commit('2026-01-02', [
          ['content/services/zh/hotline-12330.md', ['contact']],
          ['content/services/en/hotline-12330.md', ['contact']],
          ['src/x.ts', ['text']],
        ]),
      ],
      'zh',
      new Map([['/services/hotline-12330/', '12330热线']]),
    );
    expect(entries.map((e) => [e.date, e.kind])).toEqual([
      ['2026-01-02', 'change'],
      ['2024-04-25', 'snapshot'],
    ]);
    expect(entries[0]).toMatchObject({
      pages: [{ url: '/services/hotline-12330/', title: '12330热线', kinds: ['contact'], places: [] }],
    });
  });

  it('tells one day once, each page once with all it changed, and leaves out what a reader here cannot see', () => {
    const entries = changelogEntries(
      [],
      [
        commit('2026-01-03', [['content/services/en/hotline-12330.md', ['text']]]),
        commit('2026-01-02', [['content/services/zh/hotline-12330.md', ['contact']]]),
        commit('2026-01-02', [
          ['content/services/zh/hotline-12330.md', ['text', 'sources']],
          ['content/plan/zh/10-part.md', ['text']],
        ]),
        // Only a translation's fingerprint changed: nothing a reader sees.
        commit('2026-01-02', [['content/pages/zh/about.md', []]]),
        commit('2026-01-01', [['content/glossary/terms.json', ['text']]]),
      ],
      'zh',
    );
    expect(entries).toEqual([
      {
        kind: 'change',
        date: '2026-01-02',
        pages: [
          { url: '/plan/', title: '/plan/', kinds: ['text'], places: [], values: [] },
          {
            url: '/services/hotline-12330/',
            title: '/services/hotline-12330/',
            kinds: ['text', 'sources', 'contact'],
            places: [],
            values: [],
          },
        ],
      },
    ]);
  });

  it('names each section a page’s wording changed in that day once, in the order the day changed them', () => {
    const steps = { heading: '办理步骤' };
    const help = { heading: '谁能帮忙' };
    const entries = changelogEntries(
      [],
      [
        commit('2026-01-02', [['content/pages/zh/infringement.md', ['text'], [help, steps]]]),
        commit('2026-01-02', [['content/pages/zh/infringement.md', ['text'], [steps]]]),
      ],
      'zh',
    );
    expect(entries[0]).toMatchObject({ pages: [{ kinds: ['text'], places: [steps, help] }] });
  });

  it('names a section the day changed and then renamed by its new heading, once', () => {
    const change = (places: TextPlace[], renamed: Array<[string, string]>) => ({
      date: '2026-01-02',
      changes: [{ file: 'content/explained/en.md', kinds: ['text' as const], places, renamed }],
    });
    const entries = changelogEntries(
      [],
      [
        change([{ heading: 'How this affects you' }], [['What this means for you', 'How this affects you']]),
        change([{ heading: 'What this means for you' }, { heading: 'Creation' }], []),
      ],
      'en',
    );
    expect(entries[0]).toMatchObject({
      pages: [{ places: [{ heading: 'How this affects you' }, { heading: 'Creation' }] }],
    });
  });

  it('tells tidied punctuation only when the day changed no wording on the page', () => {
    const layoutOnly = changelogEntries([], [commit('2026-01-02', [['content/pages/zh/data.md', ['layout']]])], 'zh');
    expect(layoutOnly[0]).toMatchObject({ pages: [{ kinds: ['layout'] }] });
    const both = changelogEntries(
      [],
      [
        commit('2026-01-02', [['content/pages/zh/data.md', ['layout']]]),
        commit('2026-01-02', [['content/pages/zh/data.md', ['text'], [{ heading: '下载' }]]]),
      ],
      'zh',
    );
    expect(both[0]).toMatchObject({ pages: [{ kinds: ['text'], places: [{ heading: '下载' }] }] });
  });

  it('maps content files to the pages they become', () => {
    expect(pageForContentFile('content/targets/madrid-registrations.json')).toEqual({
      path: '/targets/madrid-registrations/',
      listed: true,
    });
    expect(pageForContentFile('content/plan/en/41-task-1.md')).toEqual({ path: '/plan/', lang: 'en', listed: true });
    expect(pageForContentFile('content/glossary/units.json')).toBeUndefined();
  });
});
