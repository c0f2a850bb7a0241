// npm run bench: build time, page count, dist/ size, gzip weight per page type, search payload, and the
// build time with ten times the content (generated in a temporary folder, never committed).
import { execFileSync } from 'node:child_process';
import { preview } from 'astro';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { BUDGETS, pageWeight } from '../tools/pageWeight.ts';
import { firstSearchBytes } from '../tools/searchPayload.ts';
import { launchBrowser } from '../tools/browser.ts';
import { copyProject } from '../tools/projectCopy.ts';
import { formatLighthouse, lighthouseScores, LIGHTHOUSE_PAGES } from './lib/lighthouse.ts';
import { CONTENT_LANGS, HTML_LANG } from '../src/i18n/locales.ts';

const ROOT = process.cwd();
const DIST = join(ROOT, 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function timedBuild(cwd: string): number {
  // Every timed build starts cold: the copies share node_modules (a symlink), and with it Astro's content
  // cache, which would let the second build reuse what the first one rendered.
  rmSync(join(cwd, 'node_modules', '.astro'), { recursive: true, force: true });
  const start = performance.now();
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return (performance.now() - start) / 1000;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
  );
}

/** A copy of the project with ten times the progress, services and targets content. */
function tenfoldProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-10x-'));
  copyProject(ROOT, dir);
  const multiply = (folder: string, ext: string) => {
    for (const file of readdirSync(join(dir, folder)).filter((f) => f.endsWith(ext))) {
      for (let i = 1; i < 10; i++)
        writeFileSync(join(dir, folder, file.replace(ext, `-copy${i}${ext}`)), readFileSync(join(dir, folder, file)));
    }
  };
  for (const kind of ['progress', 'services'])
    for (const lang of CONTENT_LANGS) multiply(`content/${kind}/${lang}`, '.md');
  multiply('content/targets', '.json');
  return dir;
}

// Pagefind names each language's index by its <html lang>, lower-cased (zh-cn, zh-hant, en).
const INDEX_LANGS = new RegExp(
  `(?:^|[/_.])(${Object.values(HTML_LANG)
    .map((tag) => tag.toLowerCase())
    .join('|')})_`,
);

function searchIndexSizes(): Record<string, number> {
  const perLang: Record<string, number> = {};
  for (const file of walk(join(DIST, 'pagefind'))) {
    const lang = INDEX_LANGS.exec(relative(join(DIST, 'pagefind'), file))?.[1];
    if (lang) perLang[lang] = (perLang[lang] ?? 0) + statSync(file).size;
  }
  return perLang;
}

const buildSeconds = timedBuild(ROOT);
const pages = walk(DIST).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'));
const distBytes = walk(DIST).reduce((sum, f) => sum + statSync(f).size, 0);
console.log(`Build time: ${buildSeconds.toFixed(1)} s | pages: ${pages.length} | dist/: ${kb(distBytes)}\n`);

// Every kind of chart the site draws has its page here, so their JavaScript is measured against the chart budget.
const TYPES: Array<[string, string]> = [
  ['home', '/'],
  ['plan', '/plan/'],
  ['units (chart)', '/plan/units/'],
  ['timetable (chart)', '/plan/timeline/'],
  ['progress (chart)', '/progress/'],
  ['target (chart)', '/targets/high-value-invention-patents/'],
  ['target (no chart)', '/targets/madrid-registrations/'],
  ['service', '/services/protection-centre/'],
  ['overseas', '/overseas/'],
  ['filing planner', '/overseas/planner/'],
  ['search', '/search/'],
];
console.log('Page type            HTML gz    CSS gz     JS gz      Total      JS budget');
for (const [name, url] of TYPES) {
  const w = pageWeight(DIST, join(DIST, url, 'index.html'), url);
  const budget = name.endsWith('(chart)') ? BUDGETS.jsWithChart : BUDGETS.jsWithoutChart;
  const ok = w.js <= budget && w.total <= BUDGETS.total ? 'ok' : 'OVER';
  console.log(
    `${name.padEnd(20)} ${kb(w.html).padEnd(10)} ${kb(w.css).padEnd(10)} ${kb(w.js).padEnd(10)} ${kb(w.total).padEnd(10)} ${kb(budget)} ${ok}`,
  );
}

console.log(
  `\nSearch index: ${Object.entries(searchIndexSizes())
    .map(([lang, bytes]) => `${lang} ${kb(bytes)}`)
    .join(', ')}`,
);
// Served by `astro preview`, as the browser tests serve it (playwright.config.ts), on a port nobody uses.
const server = await preview({ root: ROOT, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
const browser = await launchBrowser();
const firstSearch = await firstSearchBytes(browser, `http://127.0.0.1:${server.port}`, '保护中心').finally(async () => {
  await browser.close();
  await server.stop();
});
console.log(
  `Bytes fetched by a typical query (保护中心, first search, gzip): ${kb(firstSearch.bytes)} in ${firstSearch.files} files (budget ${kb(BUDGETS.firstSearch)})`,
);

/** The site built as a deployment at `origin` (its SITE_URL and a security contact), into .bench/deployed/. */
function deployedBuild(origin: string): string {
  const outDir = join(ROOT, '.bench', 'deployed');
  const { SITE_SECURITY_CONTACT } = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/deployment.json'), 'utf8'));
  execFileSync('npx', ['astro', 'build', '--outDir', outDir], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: origin, SITE_SECURITY_CONTACT },
  });
  execFileSync('npx', ['pagefind', '--site', outDir, '--quiet'], { stdio: 'ignore' });
  return outDir;
}
console.log(`\n${formatLighthouse(await lighthouseScores(deployedBuild, LIGHTHOUSE_PAGES))}`);

const tenfold = tenfoldProject();
try {
  const tenfoldSeconds = timedBuild(tenfold);
  const tenfoldPages = existsSync(join(tenfold, 'dist'))
    ? walk(join(tenfold, 'dist')).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/')).length
    : 0;
  const perPage = (seconds: number, count: number) => `${((seconds * 1000) / count).toFixed(0)} ms/page`;
  // The marginal cost is what each added page costs once the fixed start-up is paid: the budget is 15 ms.
  const marginalMs = ((tenfoldSeconds - buildSeconds) * 1000) / (tenfoldPages - pages.length);
  console.log(
    `\nBuild time per page: 1× ${pages.length} pages in ${buildSeconds.toFixed(1)} s (${perPage(buildSeconds, pages.length)}); 10× ${tenfoldPages} pages in ${tenfoldSeconds.toFixed(1)} s (${perPage(tenfoldSeconds, tenfoldPages)})`,
  );
  console.log(
    `Marginal cost per added page: ${marginalMs.toFixed(1)} ms (budget 15 ms) ${marginalMs <= 15 ? 'ok' : 'OVER'}`,
  );
} finally {
  rmSync(tenfold, { recursive: true, force: true });
}
