// npm run test:builds: the three builds the tests read, one after the other, stopping at the first that fails.
//   dist/       the site as deployed, dated after the plan ended, without a site address or security contact
//   dist-repro/ the same commit built again, for the byte-for-byte comparison (tests/site/reproducible.test.ts)
//   dist-base/  a copy with an editor's changes (tests/support/editorsCopy.ts) built as a real deployment under
//               /ip-site/, with a site address and a security contact, dated before the plan ended
// The dates come from tests/fixtures/build-dates.json, so no test depends on the clock.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const EDITORS_COPY = '.test-work/editors-copy';
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
const dates = json('tests/fixtures/build-dates.json');
const deployment = json('tests/fixtures/deployment.json');
const epoch = (day: string) => String(Date.parse(`${day}T00:00:00Z`) / 1000);

// dist/ is built without a site address, security contact or channel for corrections, whatever the shell has set
// (empty means unset).
const AFTER = {
  SOURCE_DATE_EPOCH: epoch(dates.afterPlanPeriod),
  SITE_URL: '',
  SITE_SECURITY_CONTACT: '',
  SITE_CORRECTIONS: '',
  REPOSITORY_URL: '',
};
const BEFORE = {
  SOURCE_DATE_EPOCH: epoch(dates.beforePlanPeriod),
  BASE_PATH: deployment.BASE_PATH,
  SITE_URL: deployment.SITE_URL,
  SITE_SECURITY_CONTACT: deployment.SITE_SECURITY_CONTACT,
  SITE_CORRECTIONS: deployment.SITE_CORRECTIONS,
};
const build = (outDir: string) => `astro build --outDir ${outDir} && pagefind --site ${outDir} --quiet`;

const builds: Array<{ command: string; env: Record<string, string> }> = [
  // The content check runs inside astro build (src/data/checked.ts), so a bad file stops here too.
  { command: build('dist'), env: AFTER },
  { command: build('dist-repro'), env: AFTER },
  {
    command: `node tests/support/editorsCopy.ts ${EDITORS_COPY} && cd ${EDITORS_COPY} && ${build(`${process.cwd()}/dist-base`)}`,
    env: BEFORE,
  },
];

for (const { command, env } of builds) {
  console.log(`\n> ${command}`);
  const { status } = spawnSync(command, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (status !== 0) process.exit(status ?? 1);
}
