// npm run new -- <snapshot|service|page> [--field value …]: writes a valid Chinese + English pair with
// today's date. Fields not given as arguments are asked for (when run in a terminal).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { scaffold, SCAFFOLD_FIELDS, type ScaffoldKind } from '../src/lib/content/scaffold.ts';
import { sourceHash } from '../src/data/sourceHash.ts';

const [kind, ...rest] = process.argv.slice(2);
if (!kind || !(kind in SCAFFOLD_FIELDS)) {
  console.error('用法 / usage: npm run new -- <snapshot|service|page> [--slug …] [--title-zh …] …');
  console.error(
    Object.entries(SCAFFOLD_FIELDS)
      .map(([k, f]) => `  ${k}: ${f.map((n) => `--${n}`).join(' ')}`)
      .join('\n'),
  );
  process.exit(1);
}
const fields: Record<string, string> = {};
for (let i = 0; i < rest.length; i += 2) fields[rest[i].replace(/^--/, '')] = rest[i + 1] ?? '';
const contentRoot = fields.root ?? join(process.cwd(), 'content');
const today = fields.today ?? new Date().toISOString().slice(0, 10);

const missing = SCAFFOLD_FIELDS[kind as ScaffoldKind].filter((name) => !(name in fields));
if (missing.length && process.stdin.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  for (const name of missing) fields[name] = (await rl.question(`${name}: `)).trim();
  rl.close();
}
try {
  const files = scaffold(kind as ScaffoldKind, fields, today, sourceHash);
  for (const file of files) {
    const path = join(contentRoot, file.path);
    if (existsSync(path)) throw new Error(`文件已存在 / file exists: ${path}`);
  }
  for (const file of files) {
    const path = join(contentRoot, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    console.log(`✓ ${path}`);
  }
  console.log('下一步:填写正文,然后运行 npm run content:check / next: write the text, then run npm run content:check');
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
