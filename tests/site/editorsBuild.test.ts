// End to end for editors, on a copy of the project: a snapshot made with `npm run new` builds and appears
// on /progress/ in both languages, and an English page whose Chinese source changed says so.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir: string;
const html = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'editors-build-'));
  for (const entry of ['src', 'content', 'public', 'seeds', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(entry, join(dir, entry), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  const run = (args: string[]) => execFileSync('npm', ['run', '--silent', ...args], { cwd: dir, stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  run(['new', '--', 'snapshot', '--slug', 'editor-test', '--title-zh', '编辑测试记录', '--title-en', 'Editor test record', '--source-title', '测试来源', '--source-publisher', '测试', '--source-date', '2026-01-01', '--today', '2026-11-20']);
  const zh = join(dir, 'content/services/zh/trademark-window.md');
  writeFileSync(zh, `${readFileSync(zh, 'utf8')}\n中文新增的一句。\n`);
  run(['build']);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('editors end to end', () => {
  it('shows the new snapshot on /progress/ in both languages', () => {
    expect(html('progress')).toContain('编辑测试记录');
    expect(html('en/progress')).toContain('Editor test record');
    expect(html('en/progress/2026-11-20-editor-test')).toContain('Editor test record');
  });

  it('warns on the English page that its Chinese source changed, and lists it for editors', () => {
    expect(html('en/services/trademark-window')).toContain('The Chinese text of this page has changed since this translation was made');
    expect(html('en/services/brand-guidance-station')).not.toContain('has changed since this translation');
    expect(html('editors/translations')).toMatch(/trademark-window\.md<\/code><\/td><td>中文已修改,译文待更新/);
  });
});
