// deploy/publish-rsync.sh refuses to publish dist/ as npm test builds it, without SITE_URL: such a build has no
// canonical links, sitemap or feeds, so it is for checking, not for readers.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { requireDist } from '../support/dist.ts';

describe('publishing', () => {
  it('refuses a build without SITE_URL before connecting to the server, saying what to set', () => {
    requireDist();
    const settings = ['DEPLOY_HOST', 'DEPLOY_USER', 'DEPLOY_PATH', 'DEPLOY_SSH_KEY', 'DEPLOY_KNOWN_HOSTS'];
    const env = { PATH: process.env.PATH, ...Object.fromEntries(settings.map((name) => [name, 'set'])) };
    const result = spawnSync('bash', ['deploy/publish-rsync.sh'], { env, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('built without SITE_URL: set SITE_URL');
  });
});
