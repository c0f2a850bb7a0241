// Starts the static server for the site tests and hands its origin to them.
import type { TestProject } from 'vitest/node';
import { startServer } from './staticServer.ts';
import { requireDist } from './dist.ts';

export default async function setup(project: TestProject) {
  requireDist();
  const { server, origin } = await startServer();
  project.provide('origin', origin);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}
