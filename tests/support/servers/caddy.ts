// Runs the real Caddy with deploy/Caddyfile for a test: the committed site with only the ports (global
// options, on 127.0.0.1), the paths and the certificate changed; its admin API off and its state kept in a
// temporary folder, so it touches nothing of the machine's own Caddy.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Certificate } from './certificate.ts';
import { derive } from './derive.ts';
import { startProgram, type Ports, type Started } from './processes.ts';
import type { ServedSite } from './servedSite.ts';
import { requireProgram } from './tools.ts';

export const CADDYFILE = 'deploy/Caddyfile';

export function testCaddyfile(committed: string, site: ServedSite, ports: Ports, cert: Certificate, dir: string) {
  const globalOptions = `{
	admin off
	http_port ${ports.http}
	https_port ${ports.https}
	default_bind 127.0.0.1
	storage file_system ${dir}/data
}

`;
  return (
    globalOptions +
    derive(committed, CADDYFILE, [
      ['/etc/ssl/certs/example.gov.cn.fullchain.pem', cert.cert],
      ['/etc/ssl/private/example.gov.cn.key', cert.key],
      ['root * /var/www/ip-strong-city', `root * ${site.root}`],
      ['rewrite * /404.html', `rewrite * ${site.base}/404.html`],
    ])
  );
}

export interface RunningCaddy extends Started {
  /** What `caddy validate` said about the config. */
  configTest: string;
}

export async function startCaddy(
  dir: string,
  site: ServedSite,
  ports: Ports,
  cert: Certificate,
): Promise<RunningCaddy> {
  const caddy = requireProgram('caddy');
  const config = join(dir, 'Caddyfile');
  writeFileSync(config, testCaddyfile(readFileSync(CADDYFILE, 'utf8'), site, ports, cert, dir));
  // Caddy keeps certificates and settings under HOME / XDG folders: here, the test's own.
  const env = { HOME: dir, XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: join(dir, 'config') };
  const args = ['--config', config, '--adapter', 'caddyfile'];
  const test = spawnSync(caddy, ['validate', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  const configTest = `${test.stdout}${test.stderr}`;
  if (test.status !== 0) throw new Error(`caddy validate rejects ${CADDYFILE}:\n${configTest}`);
  const started = await startProgram(caddy, ['run', ...args], [ports.http, ports.https], env);
  return { ...started, configTest };
}
