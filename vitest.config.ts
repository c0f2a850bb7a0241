// The test projects, run in stages by tests/run.ts (npm test):
// - unit: pure logic in src/lib and the Node CLIs; no build needed.
// - components: components (Astro's Container API) and src/data views over mocked collections; no build needed.
// - static: checks of the built dist/ (HTML, links, budgets, content on pages); run beside the browser project.
// - browser: everything that opens Chromium (axe, journeys, search); one static server and one Chromium.
// - base: dist-base/, a copy of the project with an editor's changes built for /ip-site/ and dated before
//   the plan ended (tests/support/editorsCopy.ts): its links, a browser walk, the editors' round trip.
// - deploy: the committed server configs on the real nginx and Caddy, serving dist/ and dist-base/.
// A site test file belongs to "browser" when it imports the Chromium set-up, so nobody has to file it.
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const siteFiles = readdirSync('tests/site')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `tests/site/${f}`);
const opensChromium = (file: string) => /support\/(chromium|browser)\.ts'/.test(readFileSync(file, 'utf8'));
const browserFiles = siteFiles.filter(opensChromium);
const staticFiles = siteFiles.filter((f) => !opensChromium(f));

/** The BASE_PATH build the "base" project checks (tests/run.ts builds it). */
const BASE_BUILD = { SITE_DIST: 'dist-base', SITE_BASE: '/ip-site/' };

const slow = { testTimeout: 120_000, hookTimeout: 180_000 };

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      'vitest.components.config.ts',
      { test: { name: 'static', include: staticFiles, ...slow } },
      { test: { name: 'browser', include: browserFiles, globalSetup: ['tests/support/globalSetup.ts'], ...slow } },
      {
        test: {
          name: 'base',
          include: ['tests/site/links.test.ts', 'tests/base/**/*.test.ts'],
          env: BASE_BUILD,
          globalSetup: ['tests/support/globalSetup.ts'],
          ...slow,
        },
      },
      { test: { name: 'deploy', include: ['tests/deploy/**/*.test.ts'], ...slow } },
    ],
  },
});
