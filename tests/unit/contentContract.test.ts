// The content contract: mistakes an editor makes that would once have been published wrong or silently
// (a rolled-over date, raw HTML, a javascript: link, a clause ID used twice in one language, an empty file,
// a comma cutting a source's title) each stop the check with the file, the field, the value as written and
// the fix, in Chinese and English.
import { readFileSync } from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { checkContent, type ContentFile } from '../../src/lib/content/checkContent.ts';
import { readContentFiles } from '../../src/data/contentFiles.ts';
import { parseContent } from '../../src/lib/content/parse.ts';

const real = readContentFiles();
const fixture = (name: string) => readFileSync(`tests/fixtures/contract/${name}`, 'utf8');
const PROGRESS_EN = '---\ntitle: English twin\nsummary: Test.\n---\n\nTest.\n';
const PAGE_EN = '---\ntitle: English twin\ndescription: Test.\n---\n\nTest.\n';

function checkWith(files: Record<string, string>) {
  const changed: ContentFile[] = Object.entries(files).map(([path, text]) => ({ path, text }));
  return checkContent([...real.filter((f) => !(f.path in files)), ...changed]);
}
const progress = (text: string) => checkWith({ 'progress/zh/test.md': text, 'progress/en/test.md': PROGRESS_EN });
const page = (text: string) => checkWith({ 'pages/zh/test.md': text, 'pages/en/test.md': PAGE_EN });
const where = (problems: Array<{ file: string; field: string }>) => problems.map((p) => `${p.file} ${p.field}`);
const bilingual = (problems: Array<{ message: string }>) => problems.every((p) => p.message.includes(' / '));

describe('dates are checked as typed', () => {
  it('rejects a month 13 and a 30 February written without quotes, naming the value as written', () => {
    const problems = progress(fixture('rolled-over-dates.md'));
    expect(where(problems)).toEqual(['content/progress/zh/test.md date', 'content/progress/zh/test.md sources.0.date']);
    expect(problems[0].message).toContain('2024-13-01');
    expect(problems[1].message).toContain('2024-02-30');
    expect(problems[1].message).toContain('February 2024 has 29 days');
    expect(bilingual(problems)).toBe(true);
  });

  it('hands the schema the date as written, not the day YAML rolls it over to', () => {
    expect(parseContent('x.md', '---\ndate: 2024-02-30\n---\n').data).toEqual({ date: '2024-02-30' });
  });

  it('rejects an impossible date in a target, which is JSON', () => {
    const target = JSON.parse(real.find((f) => f.path === 'targets/madrid-registrations.json')!.text);
    const problems = checkWith({
      'targets/test.json': JSON.stringify({
        ...target,
        benchmarks: [
          {
            label: { zh: '测试', en: 'Test' },
            value: 1,
            asOf: '2024-02-30',
            source: { title: 'Test', publisher: 'Test', date: '2023-04-31' },
          },
        ],
      }),
    });
    expect(where(problems)).toEqual([
      'content/targets/test.json benchmarks.0.asOf',
      'content/targets/test.json benchmarks.0.source.date',
    ]);
  });
});

describe('Markdown holds no raw HTML', () => {
  it('rejects a script, an image with onerror and a meta refresh, each on its line with the Markdown way', () => {
    const problems = page(fixture('raw-html.md'));
    expect(where(problems)).toEqual([
      'content/pages/zh/test.md line 8',
      'content/pages/zh/test.md line 10',
      'content/pages/zh/test.md line 12',
    ]);
    expect(problems[1].message).toContain('![');
    expect(bilingual(problems)).toBe(true);
  });

  it('rejects HTML in a text field of the front matter too, naming the field, and accepts a "<" before a figure', () => {
    const problems = page(
      '---\ntitle: 测试页\ndescription: <img src=x onerror=alert(1)> 说明\n---\n\n低于 <5% 的比例。\n',
    );
    expect(where(problems)).toEqual(['content/pages/zh/test.md description']);
    expect(problems[0].message).toContain('<img src=x onerror=alert(1)>');
    expect(bilingual(problems)).toBe(true);
    expect(page('---\ntitle: 测试页\ndescription: 占比 <5% 的企业\n---\n\n正文。\n')).toEqual([]);
  });

  it('accepts the components a page hands to its MDX (a capitalised tag), but not HTML in MDX', () => {
    const mdx = (body: string) =>
      checkWith({
        'overseas/zh.mdx': real.find((f) => f.path === 'overseas/zh.mdx')!.text + body,
      });
    expect(mdx('\n<RouteChooser lang="zh" />\n')).toEqual([]);
    expect(where(mdx('\n<div>text</div>\n'))).toHaveLength(1);
  });
});

describe('links and source addresses', () => {
  it('rejects javascript:, http: and data: in Markdown, each with its line', () => {
    const problems = page(fixture('bad-links.md'));
    expect(where(problems)).toEqual([
      'content/pages/zh/test.md line 6',
      'content/pages/zh/test.md line 8',
      'content/pages/zh/test.md line 10',
    ]);
    expect(problems[0].message).toContain('javascript:alert(1)');
    expect(problems[1].message).toContain('https://');
  });

  it('rejects a source address that is not https:', () => {
    const problems = progress(fixture('bad-source-url.md'));
    expect(where(problems)).toEqual(['content/progress/zh/test.md sources.0.url']);
    expect(problems[0].message).toContain('javascript:alert(1)');
  });

  it('accepts an http: link the editor has listed under allowHttpLinks', () => {
    const allowed = fixture('bad-links.md')
      .replace('[点这里](javascript:alert(1))', '')
      .replace('![图](data:image/png;base64,AAAA)', '')
      .replace('description: 虚构。', 'description: 虚构。\nallowHttpLinks:\n  - http://example.com/');
    expect(page(allowed)).toEqual([]);
  });
});

describe('titles and summaries have a length limit', () => {
  it('rejects a 2,550-character title, saying how long it is and the limit', () => {
    const problems = page(`---\ntitle: ${'标'.repeat(2550)}\ndescription: 虚构。\n---\n\n虚构。\n`);
    expect(where(problems)).toEqual(['content/pages/zh/test.md title']);
    expect(problems[0].message).toMatch(/2550.*120/);
  });
});

describe('clause IDs', () => {
  it('catches a clause ID used twice in the English files only', () => {
    const path = 'plan/en/41-task-1.md';
    const text = real.find((f) => f.path === path)!.text;
    const ids = [...text.matchAll(/\{#(task-[\d-]+)\}/g)].map((m) => m[1]);
    const problems = checkWith({ [path]: text.replace(`{#${ids[2]}}`, `{#${ids[1]}}`) });
    expect(problems.some((p) => p.file === `content/${path}` && p.message.includes(`{#${ids[1]}}`))).toBe(true);
  });
});

describe('an empty file', () => {
  it('is one problem that says it is empty and how to restore it, with nothing reported in other files', () => {
    const problems = checkWith({ 'plan/zh/41-task-1.md': '' });
    expect(where(problems)).toEqual(['content/plan/zh/41-task-1.md (file)']);
    expect(problems[0].message).toContain('git checkout -- content/plan/zh/41-task-1.md');
  });
});

describe('YAML mistakes', () => {
  it('names an unclosed quote in plain words, at the line that opened it', () => {
    const problems = progress(fixture('unclosed-quote.md'));
    expect(where(problems)).toEqual(['content/progress/zh/test.md line 2']);
    expect(problems[0].message).toContain('引号');
    expect(problems[0].message).toContain('quote');
  });
});

describe('a source written on one line', () => {
  it('reports a comma that cut the title, with the fix (quotes)', () => {
    const problems = progress(fixture('flow-source-comma.md'));
    expect(where(problems)).toEqual(['content/progress/zh/test.md sources.0']);
    expect(problems[0].message).toContain('"2024 edition"');
    expect(problems[0].message).toContain('title: "A, B"');
  });

  it('keeps the whole title when it is quoted', () => {
    expect(progress(fixture('flow-source-comma-quoted.md'))).toEqual([]);
  });
});

describe('a figure in the wrong unit', () => {
  it('is stopped, showing the value as it would be published beside the target', () => {
    const problems = progress(fixture('figure-wrong-unit.md'));
    expect(where(problems)).toEqual([
      'content/progress/zh/test.md figures[0].value',
      'content/progress/zh/test.md figures[1].value',
      'content/progress/zh/test.md figures[2].value',
    ]);
    expect(problems[0].message).toContain('“70元”');
    expect(problems[0].message).toContain('“70亿元”');
    expect(problems[0].message).toContain('"RMB 7 billion"');
    expect(problems[1].message).toContain('“0.95%”');
    expect(problems[2].message).toContain('0–100');
  });

  it('accepts a figure far from the target when the editor confirms it', () => {
    const confirmed = fixture('figure-wrong-unit.md')
      .replace('    value: 70\n', '    value: 70\n    outOfRangeConfirmed: true\n')
      .replace(/  - target: enforcement-closure-rate[\s\S]*?(?=---)/, '');
    expect(progress(confirmed)).toEqual([]);
  });
});

describe('translation staleness', () => {
  it('marks the English twin stale when only the Chinese title or summary changes', async () => {
    const { translationStatus } = await import('../../src/data/translationStatus.ts');
    const path = 'progress/zh/2022-09-15-plan-issued.md';
    const text = real.find((f) => f.path === path)!.text;
    const state = (changed: string) =>
      translationStatus([...real.filter((f) => f.path !== path), { path, text: changed }]).find(
        (s) => s.source === `content/${path}`,
      )!.state;
    expect(state(text)).toBe('current');
    expect(state(text.replace(/^title: (.*)$/m, 'title: $1(修订)'))).toBe('stale');
    expect(state(text.replace(/^summary: (.*)$/m, 'summary: $1(修订)'))).toBe('stale');
  });
});

describe('npm run dev', () => {
  it('has every page throw the content problems, pointing Astro’s overlay at the file and line, until fixed', async () => {
    const { devContentError, setDevContentProblems } = await import('../../src/data/devContentProblems.ts');
    setDevContentProblems([{ file: 'content/pages/zh/about.md', field: 'line 3', message: '问题 / problem' }]);
    const error = devContentError() as Error & { loc: { file: string; line: number } };
    expect(error.message).toContain('content/pages/zh/about.md');
    expect(error.loc).toMatchObject({ file: expect.stringMatching(/content\/pages\/zh\/about\.md$/), line: 3 });
    setDevContentProblems([]);
    expect(devContentError()).toBeUndefined();
  });
});

describe('the build reads content as the check does', () => {
  it('hands the collections’ schemas the front matter parseContent reads, dates as typed', async () => {
    const { readAsChecked } = await import('../../src/data/readAsChecked.ts');
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/contract-`);
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const filePath = `${dir}/x.md`;
    writeFileSync(filePath, '---\ntitle: 标题\ndate: 2024-02-30\n---\n正文\n');
    let handed: unknown;
    const astroGlob = {
      name: 'glob',
      // What Astro's glob loader does: parse with js-yaml (a Date, rolled over) and hand it to parseData.
      load: async (context: { parseData: (props: object) => Promise<unknown> }) => {
        await context.parseData({ id: 'x', data: { title: '标题', date: new Date('2024-03-01') }, filePath });
      },
    };
    const parseData = async (props: { data: unknown }) => (handed = props.data);
    await readAsChecked(astroGlob as never).load({ parseData } as never);
    expect(handed).toEqual({ title: '标题', date: '2024-02-30' });
  });
});

describe('MDX holds no code', () => {
  it('rejects an export line and a { } expression, each on its line, and accepts an escaped \\{#id}', () => {
    const zh = real.find((f) => f.path === 'overseas/zh.mdx')!.text;
    const lines = zh.split('\n').length;
    const problems = checkWith({
      'overseas/zh.mdx': `${zh}\nexport const x = 1;\n\n页面{globalThis.process}\n\n## 标题 \\{#ok}\n`,
    });
    expect(where(problems)).toEqual([
      `content/overseas/zh.mdx line ${lines + 1}`,
      `content/overseas/zh.mdx line ${lines + 3}`,
    ]);
  });
});

describe('no cascade', () => {
  it('reports a target file with a schema problem once, not again in the progress record that cites it', () => {
    const path = 'targets/madrid-registrations.json';
    const target = JSON.parse(real.find((f) => f.path === path)!.text);
    const figure = fixture('figure-wrong-unit.md').replace(
      /figures:[\s\S]*?(?=---)/,
      'figures:\n  - target: madrid-registrations\n    value: 400\n    asOf: 2024-01-01\n',
    );
    const problems = checkWith({
      [path]: JSON.stringify({ ...target, unit: 'trademarks' }),
      'progress/zh/test.md': figure,
      'progress/en/test.md': PROGRESS_EN,
    });
    expect(where(problems)).toEqual([`content/${path} unit`]);
  });
});
