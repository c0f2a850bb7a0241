// Starts the static server for a test project's built site and one Chromium for all its test files, and hands
// both addresses to the tests. The project names the site with SITE_DIST and SITE_BASE in its `env` (see
// vitest.config.ts); the default is dist/ at "/".
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../tools/staticServer.ts';
import { launchBrowserServer } from '../../tools/browser.ts';
import { requireDist } from './dist.ts';

export default async function setup(project: TestProject) {
  const env = project.config.env ?? {};
  const dir = join(process.cwd(), String(env.SITE_DIST ?? 'dist'));
  const base = String(env.SITE_BASE ?? '/').replace(/\/+$/, '');
  requireDist(dir);
  const { server, origin } = await startServer(dir, base);
  project.provide('origin', origin);
  const browser = await launchBrowserServer();
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    /** The shared Chromium's WebSocket address, for chromium.connect. */
    browserEndpoint: string;
  }
}
