// Starts the static server for a test project's built site and hands its origin to the tests. The project
// names the site with SITE_DIST and SITE_BASE in its `env` (see vitest.config.ts); the default is dist/ at "/".
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../tools/staticServer.ts';
import { requireDist } from './dist.ts';

export default async function setup(project: TestProject) {
  const env = project.config.env ?? {};
  const dir = join(process.cwd(), String(env.SITE_DIST ?? 'dist'));
  const base = String(env.SITE_BASE ?? '/').replace(/\/+$/, '');
  requireDist(dir);
  const { server, origin } = await startServer(dir, base);
  project.provide('origin', origin);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}
