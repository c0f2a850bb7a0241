// Where Chromium comes from, for the Playwright tests (playwright.config.ts), the deploy tests and the bench.
// Prefers the system's Chromium (Debian's /usr/bin/chromium, which .ci/run installs) and falls back to
// @sparticuz/chromium, which ships the browser inside the npm package, so `npm test` works on a fresh machine
// with nothing downloaded outside the package registries (`npx playwright install` is not needed). A missing
// browser is a clear failure. See docs/testing.md, "Chromium".
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
// Chromium's own background traffic would be refused on a closed network; these flags keep it quiet.
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** The Chromium to launch: CHROMIUM_PATH if set, else the system's, else the one inside @sparticuz/chromium. */
export async function chromiumPath(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) return system;
  const { default: bundled } = await import('@sparticuz/chromium');
  return bundled.executablePath();
}

/** Launches headless Chromium; extraArgs e.g. open a DevTools port for Lighthouse (scripts/lib/lighthouse.ts). */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = await chromiumPath();
  return chromium.launch({ executablePath, args: [...QUIET_FLAGS, ...extraArgs], headless: true });
}
