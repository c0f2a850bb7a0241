// The browser tests (tests/browser/): @playwright/test in Chromium against the built site, served by
// `astro preview` as a host would serve it. Three projects:
// - desktop: dist/ in a 1280 px window; the tests cover both languages themselves.
// - phone: the tests tagged @phone, in a 390 px window (a test that checks WCAG's 320 px reflow says so itself).
// - base: dist-base/, the editors' copy built under /ip-site/ (tests/support/editorsCopy.ts), in a 1280 px window.
// Chromium is the system's or the npm-shipped one (tools/browser.ts); nothing is downloaded. See docs/testing.md.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { defineConfig } from '@playwright/test';
import { chromiumPath, QUIET_FLAGS } from './tools/browser.ts';

const deployment = JSON.parse(readFileSync('tests/fixtures/deployment.json', 'utf8')) as { BASE_PATH: string };

/** A port nobody listens on now: several checkouts may run their tests on one machine at the same time. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}
// Chosen once by the main process; the workers load this file again and inherit the same ports.
process.env.PREVIEW_PORT ??= String(await freePort());
process.env.PREVIEW_BASE_PORT ??= String(await freePort());
const origin = `http://127.0.0.1:${process.env.PREVIEW_PORT}`;
const baseOrigin = `http://127.0.0.1:${process.env.PREVIEW_BASE_PORT}`;

// --ignore-lock: Astro allows one tracked preview per project; these two (dist/ and dist-base/) run beside each
// other and beside any `npm run preview` a developer has open, and end with the tests.
const preview = (port: string, env: Record<string, string> = {}) => ({
  command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...env },
  reuseExistingServer: false,
  timeout: 60_000,
});

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: '.test-results/playwright',
  // A busy two-core machine loads some pages slowly; a test that fails does so on its assertions, not the clock.
  timeout: 120_000,
  // One retry for a test that failed: on a busy two-core machine a page has, once in several thousand loads,
  // shifted while loading with nothing in the page to blame (Chromium named no moved element). A failure the
  // retry repeats still fails the run; one it does not is listed as "flaky" in the output, to be looked at.
  retries: 1,
  workers: 2,
  reporter: process.env.CI ? 'dot' : 'list',
  forbidOnly: Boolean(process.env.CI),
  use: {
    launchOptions: { executablePath: await chromiumPath(), args: QUIET_FLAGS },
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: 'base/**',
      grepInvert: /@phone/,
      use: { baseURL: origin, viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      testIgnore: 'base/**',
      grep: /@phone/,
      use: { baseURL: origin, viewport: { width: 390, height: 844 } },
    },
    {
      name: 'base',
      testMatch: 'base/**/*.spec.ts',
      use: { baseURL: baseOrigin, viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: [
    { ...preview(process.env.PREVIEW_PORT), url: `${origin}/` },
    // dist-base/ is served with the base it was built for; without it (npm run build makes only dist/) the base
    // project's tests fail at once, saying to build it.
    ...(existsSync('dist-base/index.html')
      ? [
          {
            ...preview(process.env.PREVIEW_BASE_PORT, { BASE_PATH: deployment.BASE_PATH }),
            command: `astro preview --ignore-lock --outDir dist-base --host 127.0.0.1 --port ${process.env.PREVIEW_BASE_PORT}`,
            url: `${baseOrigin}${deployment.BASE_PATH}`,
          },
        ]
      : []),
  ],
});
