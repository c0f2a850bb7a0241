// One-off importer: turns the seed text into the Chinese plan content files with stable clause IDs.
// Run once (`node scripts/import-seed.ts --force`); afterwards content/plan/zh/ is the source.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_LANG } from '../src/i18n/locales.ts';

const SEED = 'seeds/000_fb45ffeb8cf86429.txt';
const OUT = `content/plan/${SOURCE_LANG}`;
const CHROME_LINES = new Set(['扫一扫在手机打开当前页', '|']);
const PART_NUMERALS = '一二三四五六';
const AREA_NUMERALS = '一二三四五';
const GOAL_IDS = ['goal-overall', 'goal-creation', 'goal-utilisation', 'goal-protection', 'goal-service'];

const lines = readFileSync(SEED, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !CHROME_LINES.has(l));

if (existsSync(join(OUT, '10-part-1.md')) && !process.argv.includes('--force')) {
  console.error(`${OUT} already exists: the content files are now the source. Pass --force to overwrite them.`);
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

const withId = (text: string, id: string) => `${text} {#${id}}`;
const frontMatter = (fields: Record<string, string | number>) =>
  `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? JSON.stringify(v) : v}`)
    .join('\n')}\n---\n\n`;

// 印发通知: the first five lines (addressees, body, issuer, date, 此件公开发布).
writeFileSync(
  join(OUT, '00-notice.md'),
  frontMatter({ id: 'notice', order: 0 }) + lines.slice(0, 5).join('\n\n') + '\n',
);
// Title and preamble.
writeFileSync(
  join(OUT, '01-preamble.md'),
  frontMatter({ id: 'preamble', order: 1, title: lines[5] }) + withId(lines[6], 'preamble') + '\n',
);

let part = 0;
let area = 0;
let sub = 0;
let para = 0;
let blocks: string[] = [];
// One file per part, and one per task area of 四、重点任务 so that no file is too long to edit or translate.
const flush = () => {
  if (!part) return;
  const isArea = part === 4 && area > 0;
  const id = isArea ? `task-${area}` : `part-${part}`;
  const order = part * 10 + (isArea ? area : 0);
  writeFileSync(join(OUT, `${order}-${id}.md`), frontMatter({ id, order }) + blocks.join('\n\n') + '\n');
  blocks = [];
};

for (const line of lines.slice(7)) {
  const partMatch = PART_NUMERALS.indexOf(line[0]);
  if (line[1] === '、' && partMatch >= 0) {
    flush();
    part = partMatch + 1;
    area = sub = para = 0;
    blocks.push(withId(`## ${line}`, `part-${part}`));
    continue;
  }
  const areaMatch = line[0] === '(' ? AREA_NUMERALS.indexOf(line[1]) : -1;
  if (areaMatch >= 0 && line[2] === ')') {
    if (part === 4) {
      flush();
      area = areaMatch + 1;
      sub = 0;
      blocks.push(withId(`### ${line}`, `task-${area}`));
    } else if (part === 5) {
      blocks.push(withId(line, `phase-${areaMatch + 1}`));
    } else if (part === 6) {
      area = areaMatch + 1;
      para = 0;
      blocks.push(withId(`### ${line}`, `safeguard-${area}`));
    } else throw new Error(`unexpected numbered line in part ${part}: ${line}`);
    continue;
  }
  if (/^\d+\. /.test(line) && part === 4) {
    sub = Number(line.split('.')[0]);
    para = 0;
    blocks.push(withId(`#### ${line}`, `task-${area}-${sub}`));
    continue;
  }
  para += 1;
  const id =
    part === 2
      ? `principle-${para}`
      : part === 3
        ? GOAL_IDS[para - 1]
        : part === 4
          ? `task-${area}-${sub}-${para}`
          : part === 6
            ? `safeguard-${area}-${para}`
            : `part-${part}-${para}`;
  if (!id) throw new Error(`no ID for paragraph ${para} of part ${part}: ${line.slice(0, 20)}`);
  blocks.push(withId(line, id));
}
flush();
console.log(`wrote ${OUT}: notice, preamble and ${part} parts`);
