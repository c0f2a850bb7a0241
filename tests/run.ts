// npm test: every check a change must pass, in stages, printing how long each stage took.
//   1. checks   — formatting (Prettier), types (astro check) and the unit tests, side by side
//   2. builds   — the site as deployed (dist/), the same commit again (dist-repro/, for the
//                 byte-for-byte comparison), and a copy with an editor's changes built with BASE_PATH and
//                 a date before the plan ended (dist-base/): one build for three questions
//   3. site     — static checks of dist/ (incl. the Nu HTML Checker) and the committed server configs on the
//                 real nginx and Caddy (tests/deploy/), beside the Chromium tests
// The build dates come from tests/fixtures/build-dates.json, so no test depends on the clock.
// `npm test -- builds site` runs only the stages named.
// The last line is "tests: N passed, N failed"; the exit code is 0 only when every step passed.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

interface Step {
  label: string;
  command: string;
  env?: Record<string, string>;
  vitestReport?: string;
}
const EDITORS_COPY = '.test-work/editors-copy';
const dates = JSON.parse(readFileSync('tests/fixtures/build-dates.json', 'utf8')) as Record<string, string>;
const epoch = (day: string) => String(Date.parse(`${day}T00:00:00Z`) / 1000);
// dist/ is built without a site address or security contact, whatever the shell has set (empty means unset).
const AFTER = { SOURCE_DATE_EPOCH: epoch(dates.afterPlanPeriod), SITE_URL: '', SITE_SECURITY_CONTACT: '' };
// The editors' copy is also the deployment build: a sub-path, a site address, a security contact.
const deployment = JSON.parse(readFileSync('tests/fixtures/deployment.json', 'utf8')) as Record<string, string>;
const BEFORE = {
  SOURCE_DATE_EPOCH: epoch(dates.beforePlanPeriod),
  BASE_PATH: deployment.BASE_PATH,
  SITE_URL: deployment.SITE_URL,
  SITE_SECURITY_CONTACT: deployment.SITE_SECURITY_CONTACT,
};
const REPORTS = '.test-results';

const vitest = (label: string, projects: string[], workers = 1): Step => ({
  label,
  command: `vitest run ${projects.map((p) => `--project ${p}`).join(' ')} --maxWorkers=${workers} --reporter=default --reporter=json --outputFile.json=${REPORTS}/${label}.json`,
  vitestReport: join(REPORTS, `${label}.json`),
});
const build = (outDir: string) => `astro build --outDir ${outDir} && pagefind --site ${outDir} --quiet`;

const stages: Array<{ name: string; parallel: boolean; steps: Step[] }> = [
  {
    name: 'checks',
    parallel: true,
    steps: [
      { label: 'format', command: 'prettier --check . --log-level warn' },
      // Hints fail too: an unused import or variable is a leftover someone will trip over.
      { label: 'types', command: 'astro check --minimumFailingSeverity hint' },
      vitest('unit', ['unit', 'components']),
    ],
  },
  {
    name: 'builds',
    parallel: false,
    steps: [
      // The content check runs inside astro build (src/data/checked.ts), so a bad file stops here too.
      { label: 'build', command: build('dist'), env: AFTER },
      { label: 'build again', command: build('dist-repro'), env: AFTER },
      {
        label: "editors' copy under /ip-site/",
        command: `node tests/support/editorsCopy.ts ${EDITORS_COPY} && cd ${EDITORS_COPY} && ${build(`${process.cwd()}/dist-base`)}`,
        env: BEFORE,
      },
    ],
  },
  {
    name: 'site',
    parallel: true,
    // The real-server tests run after the static checks, in the step that finishes well before the browser one.
    steps: [vitest('static', ['static', 'base', 'deploy']), vitest('browser', ['browser'], 2)],
  },
];

interface Outcome {
  ok: boolean;
  output: string;
  seconds: number;
}
function run(step: Step): Promise<Outcome> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(step.command, {
      shell: true,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...step.env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ ok: code === 0, output, seconds: (performance.now() - started) / 1000 }));
  });
}

function countTests(report: string): { passed: number; failed: number } {
  try {
    const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    return { passed: json.numPassedTests, failed: json.numFailedTests };
  } catch {
    return { passed: 0, failed: 1 }; // no report: the runner itself failed, which counts as a failure
  }
}

rmSync(REPORTS, { recursive: true, force: true });
// Astro's content cache is kept between runs: a plan file's cached render depends on that file alone; its joins to
// other files (unit links, related services) are made when the page is (src/lib/plan/enrichClauses.ts).
mkdirSync(REPORTS);
const timings: string[] = [];
const totals = { passed: 0, failed: 0 };
let ok = true;
const suiteStarted = performance.now();
const only = process.argv.slice(2);
for (const stage of stages.filter((s) => only.length === 0 || only.includes(s.name))) {
  const started = performance.now();
  const outcomes: Array<[Step, Outcome]> = [];
  const report = ([step, outcome]: [Step, Outcome]) => {
    // A passing step shows its last lines (vitest's summary); a failing one shows everything it said.
    const lines = outcome.output.trimEnd().split('\n');
    const shown = outcome.ok ? lines.slice(-6) : lines;
    console.log(
      `\n── ${stage.name} › ${step.label} ${outcome.ok ? 'passed' : 'FAILED'} in ${outcome.seconds.toFixed(1)} s ──\n${shown.join('\n')}`,
    );
    timings.push(
      `  ${`${stage.name} › ${step.label}`.padEnd(36)} ${outcome.seconds.toFixed(1).padStart(6)} s${outcome.ok ? '' : '  FAILED'}`,
    );
    if (step.vitestReport) {
      const counts = countTests(step.vitestReport);
      totals.passed += counts.passed;
      totals.failed += counts.failed;
    } else {
      totals[outcome.ok ? 'passed' : 'failed'] += 1;
    }
  };
  if (stage.parallel) {
    await Promise.all(
      stage.steps.map(async (step) => {
        const o = await run(step);
        outcomes.push([step, o]);
        report([step, o]);
      }),
    );
  } else {
    for (const step of stage.steps) {
      const o = await run(step);
      outcomes.push([step, o]);
      report([step, o]);
      if (!o.ok) break; // a later build on a broken tree says nothing new
    }
  }
  timings.push(
    `  ${`${stage.name} (stage)`.padEnd(36)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`,
  );
  if (outcomes.some(([, o]) => !o.ok)) {
    ok = false;
    break;
  }
}
console.log(
  `\nStage timings:\n${timings.join('\n')}\n  ${'total'.padEnd(36)} ${((performance.now() - suiteStarted) / 1000).toFixed(1).padStart(6)} s`,
);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok ? 0 : 1);
