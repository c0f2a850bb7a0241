// The vitest projects (npm test runs them; the browser tests are Playwright's, see playwright.config.ts):
// - unit: pure logic in src/lib and the Node CLIs; no build needed.
// - components: components (Astro's Container API) and src/data views over mocked collections; no build needed.
// - static: checks of the built dist/ (HTML, links, budgets, content on pages), read from the files.
// - base: dist-base/, a copy of the project with an editor's changes built for /ip-site/ and dated before
//   the plan ended (tests/support/editorsCopy.ts): its links, its addresses, the editors' round trip.
// - deploy: the committed server configs on the real nginx and Caddy, serving dist/ and dist-base/.
import { defineConfig } from 'vitest/config';

/** The BASE_PATH build the "base" project checks (npm run test:builds makes it). */
const BASE_BUILD = { SITE_DIST: 'dist-base', SITE_BASE: '/ip-site/' };

const slow = { testTimeout: 120_000, hookTimeout: 180_000 };

export default defineConfig({
  test: {
    projects: [
      // Not isolated: the unit files mock nothing (the component tests that mock modules stay isolated), so one
      // worker can run them all instead of starting a fresh one per file, which cost more than the tests.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, testTimeout: 30_000 } },
      'vitest.components.config.ts',
      // Not isolated: the files share one module registry, so each built page is read and parsed once
      // (tests/support/dist.ts caches it) rather than once per file. The files only read the pages (any
      // change they make is to a clone), so sharing cannot carry state from one file into another.
      { test: { name: 'static', include: ['tests/site/**/*.test.ts'], isolate: false, ...slow } },
      {
        test: {
          name: 'base',
          include: ['tests/site/links.test.ts', 'tests/base/**/*.test.ts'],
          env: BASE_BUILD,
          ...slow,
        },
      },
      { test: { name: 'deploy', include: ['tests/deploy/**/*.test.ts'], ...slow } },
    ],
  },
});
