// The build the base project checks: dist-base/, the editors' copy built under the deployment's sub-path
// (tests/fixtures/deployment.json; npm run test:builds makes it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageUrls } from '../../support/dist.ts';

const deployment = JSON.parse(readFileSync('tests/fixtures/deployment.json', 'utf8')) as { BASE_PATH: string };

/** The URL prefix of the build: "/ip-site". */
export const BASE = deployment.BASE_PATH.replace(/\/+$/, '');
export const BASE_DIST = join(process.cwd(), 'dist-base');

/** Every built page of dist-base/ as its URL path under the base. */
export const basePageUrls = () => pageUrls(BASE_DIST, BASE);
