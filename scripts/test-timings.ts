// npm run test:timings: runs the stages of `npm test` one after another, times each, and rewrites the
// figures section of docs/testing.md with the times, the size of node_modules and dist/, and the number of
// installed packages. `npm run test:timings -- --install` first runs `npm ci` and times it too, as a fresh
// clone (and CI) would. Figures are written only when every stage passed; nobody edits them by hand.
import { execSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

const DOC = 'docs/testing.md';
const START = '<!-- figures:start (written by npm run test:timings) -->';
const END = '<!-- figures:end -->';
const STAGES = ['test:checks', 'test:builds', 'test:site'];

function timed(command: string): number {
  const started = performance.now();
  const { status } = spawnSync(command, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (status !== 0) {
    console.error(`\n${command} failed (exit code ${status}): ${DOC} is left as it was.`);
    process.exit(status ?? 1);
  }
  return (performance.now() - started) / 1000;
}

const rows: Array<[string, number]> = [];
// A fresh install also empties Astro's content cache (kept in node_modules/.astro), as on a fresh clone.
const installed = process.argv.includes('--install') ? timed('npm ci --no-audit --no-fund') : 0;
if (installed) rows.push(['npm ci --no-audit --no-fund', installed]);
for (const stage of STAGES) rows.push([`npm run ${stage}`, timed(`npm run ${stage}`)]);
const testSeconds = rows.filter(([name]) => STAGES.some((s) => name.endsWith(s))).reduce((sum, [, s]) => sum + s, 0);

const size = (dir: string) => execSync(`du -sh ${dir}`, { encoding: 'utf8' }).split('\t')[0];
// The installed tree as npm recorded it: one entry per package folder under node_modules.
const lock = JSON.parse(readFileSync('node_modules/.package-lock.json', 'utf8')) as { packages: object };
const packages = Object.keys(lock.packages).filter((path) => path.startsWith('node_modules/')).length;
const day = new Date().toISOString().slice(0, 10);

const figures = [
  START,
  `Measured on ${day}, on a machine with ${cpus().length} cores, Node ${process.versions.node}.`,
  '',
  '| step | seconds |',
  '| --- | ---: |',
  ...rows.map(([name, seconds]) => `| \`${name}\` | ${seconds.toFixed(0)} |`),
  `| **\`npm test\` (the three stages)** | **${testSeconds.toFixed(0)}** |`,
  ...(installed
    ? [`| **\`npm ci && npm test\`, as CI runs them** | **${(installed + testSeconds).toFixed(0)}** |`]
    : []),
  '',
  `node_modules: ${size('node_modules')} in ${packages} packages; dist/: ${size('dist')}.`,
  END,
].join('\n');

const doc = readFileSync(DOC, 'utf8');
const from = doc.indexOf(START);
const to = doc.indexOf(END);
if (from < 0 || to < from) throw new Error(`${DOC} has no figures section: add the lines "${START}" and "${END}".`);
writeFileSync(DOC, doc.slice(0, from) + figures + doc.slice(to + END.length));
console.log(`\n${figures}\n\nwritten to ${DOC}`);
