// Prepares the project copy that npm test builds under /ip-site/ (tests/builds.ts): a copy of the project in
// which an editor has done two everyday things — added a progress snapshot with `npm run new` (with figures
// for a target, from a test fixture, and the English marked as current), and changed a Chinese service page
// without updating its English twin. One build then proves the BASE_PATH deployment,
// the plan's state before its end date and the editors' round trip (tests/base/), instead of a build each.
// Usage: node tests/support/editorsCopy.ts <folder>
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EDITORS_CHANGES } from './editorsChanges.ts';
import { copyProject } from '../../tools/projectCopy.ts';

const dir = resolve(process.argv[2] ?? '.test-work/editors-copy');
copyProject(process.cwd(), dir);

const { snapshot, snapshotFigures, staleService } = EDITORS_CHANGES;
const args = Object.entries(snapshot.fields).flatMap(([name, value]) => [`--${name}`, value]);
execFileSync('npm', ['run', '--silent', 'new', '--', 'snapshot', ...args], { cwd: dir, stdio: 'inherit' });
// The editor writes the record's figures under `figures:`, then marks the English as translating the new text.
const { target, figures } = JSON.parse(readFileSync(snapshotFigures, 'utf8')) as {
  target: string;
  figures: Array<{ value: number; asOf: string }>;
};
const record = join(dir, 'content/progress/zh', `${snapshot.slug}.md`);
const figuresYaml = figures.map((f) => `  - target: ${target}\n    value: ${f.value}\n    asOf: ${f.asOf}`).join('\n');
writeFileSync(record, readFileSync(record, 'utf8').replace('figures: []', `figures:\n${figuresYaml}`));
execFileSync('npm', ['run', '--silent', 'translation:mark', '--', `content/progress/en/${snapshot.slug}.md`], {
  cwd: dir,
  stdio: 'inherit',
});
const zhFile = join(dir, 'content/services/zh', `${staleService}.md`);
writeFileSync(zhFile, `${readFileSync(zhFile, 'utf8')}\n中文新增的一句。\n`);
console.log(`editors' copy ready in ${dir}`);
