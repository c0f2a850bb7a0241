// Launches Chromium for the browser tests and the bench (Node-only tooling shared by tests/ and scripts/).
// Prefers the system's Chromium (Debian's /usr/bin/chromium, which .ci/run installs) and falls back to
// @sparticuz/chromium, which ships the browser inside the npm package, so `npm test` works on a fresh machine
// with no manual step. A missing browser is a clear failure.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
// Chromium's own background traffic would be refused on a closed network; these flags keep it quiet.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

async function chromiumPath(): Promise<string> {
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

/** Launches one headless Chromium that several processes can share (the browser tests' workers connect to it). */
export async function launchBrowserServer(): Promise<BrowserServer> {
  const executablePath = await chromiumPath();
  return chromium.launchServer({ executablePath, args: QUIET_FLAGS, headless: true });
}
