// The forge workflows a city's IT team copies (docs/deploying.md, "Publishing from a forge"): they test before
// they publish, GitHub's and Gitea/Forgejo's do the same, every setting they read is documented, and the
// publishing script stops, naming the setting, when one is missing.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string;
  container?: { image: string };
  steps: Step[];
}
const WORKFLOWS = ['.github/workflows/ci.yml', '.gitea/workflows/ci.yml'];
const jobsOf = (file: string) => (parse(readFileSync(file, 'utf8')) as { jobs: Record<string, Job> }).jobs;
const DOC = readFileSync('docs/deploying.md', 'utf8');
/** The rows of the settings table in docs/deploying.md: `NAME` | variable or secret. */
const documented = [...DOC.matchAll(/^\| ((?:`[A-Z_]+`(?:, )?)+) \| (variable|secret) \|/gm)].flatMap(
  ([, names, kind]) =>
    [...names.matchAll(/`([A-Z_]+)`/g)].map(([, name]) => `${kind === 'variable' ? 'vars' : 'secrets'}.${name}`),
);

describe.each(WORKFLOWS)('%s', (file) => {
  const jobs = jobsOf(file);
  const text = readFileSync(file, 'utf8');

  it('runs the whole test suite in Debian 12 as root, the way .ci/run expects', () => {
    expect(jobs.test.container?.image).toMatch(/-bookworm$/);
    expect(jobs.test.steps.map((s) => s.run)).toContain('.ci/run');
  });

  it('publishes only after the tests pass, only from main, only when a server is set', () => {
    expect(jobs.publish.needs).toBe('test');
    expect(jobs.publish.if).toContain("github.ref == 'refs/heads/main'");
    expect(jobs.publish.if).toContain("vars.DEPLOY_HOST != ''");
    const runs = jobs.publish.steps.map((s) => s.run ?? s.uses);
    expect(runs.indexOf('npm run build')).toBeLessThan(runs.indexOf('deploy/publish-rsync.sh'));
  });

  it('reads only settings that docs/deploying.md lists, and every one it lists', () => {
    const used = [
      ...new Set([...text.matchAll(/\$\{\{ (vars|secrets)\.([A-Z_]+) \}\}/g)].map(([, k, n]) => `${k}.${n}`)),
    ];
    expect(documented.length).toBeGreaterThan(0);
    expect(used.sort()).toEqual([...new Set(documented)].sort());
  });
});

describe('the two forges', () => {
  it('run the same steps (GitHub adds only its environment, permissions and concurrency)', () => {
    const [github, gitea] = WORKFLOWS.map(jobsOf);
    for (const job of ['test', 'publish']) expect(gitea[job].steps, job).toEqual(github[job].steps);
  });
});

describe('deploy/publish-rsync.sh', () => {
  const SCRIPT = 'deploy/publish-rsync.sh';
  it('is executable', () => {
    expect(statSync(SCRIPT).mode & 0o111).not.toBe(0);
  });

  it.each(['DEPLOY_HOST', 'DEPLOY_USER', 'DEPLOY_PATH', 'DEPLOY_SSH_KEY', 'DEPLOY_KNOWN_HOSTS'])(
    'stops before connecting when %s is missing, naming it',
    (missing) => {
      const env = Object.fromEntries(
        ['DEPLOY_HOST', 'DEPLOY_USER', 'DEPLOY_PATH', 'DEPLOY_SSH_KEY', 'DEPLOY_KNOWN_HOSTS']
          .filter((name) => name !== missing)
          .map((name) => [name, 'set']),
      );
      const result = spawnSync('bash', [SCRIPT], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain(`set ${missing}:`);
    },
  );
});
