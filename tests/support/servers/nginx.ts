// Runs the real nginx with deploy/nginx.conf for a test: the committed server blocks with only the ports
// (on 127.0.0.1), the paths and the certificate changed, inside an http block like Debian's (which includes
// mime.types and sends unknown types as application/octet-stream), in a temporary folder.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Certificate } from './certificate.ts';
import { derive } from './derive.ts';
import { startProgram, type Ports, type Started } from './processes.ts';
import type { ServedSite } from './servedSite.ts';
import { requireProgram } from './tools.ts';

export const NGINX_CONF = 'deploy/nginx.conf';
/** Debian's map of file types, which the committed config includes as `mime.types`. */
const DEBIAN_MIME_TYPES = '/etc/nginx/mime.types';

export function nginxServerBlocks(committed: string, site: ServedSite, ports: Ports, cert: Certificate): string {
  return derive(committed, NGINX_CONF, [
    ['listen 80;', `listen 127.0.0.1:${ports.http};`],
    ['listen [::]:80;', ''],
    ['listen 443 ssl http2;', `listen 127.0.0.1:${ports.https} ssl http2;`],
    ['listen [::]:443 ssl http2;', ''],
    ['/etc/ssl/certs/example.gov.cn.fullchain.pem', cert.cert],
    ['/etc/ssl/private/example.gov.cn.key', cert.key],
    ['root /var/www/ip-strong-city;', `root ${site.root};`],
    ['error_page 404 /404.html;', `error_page 404 ${site.base}/404.html;`],
  ]);
}

/** The main config: what Debian's /etc/nginx/nginx.conf sets around conf.d/, with every path in `dir`. */
function mainConfig(dir: string): string {
  return `pid ${dir}/nginx.pid;
worker_processes 1;
events { worker_connections 64; }
http {
  include mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`;
}

export interface RunningNginx extends Started {
  /** What `nginx -t` said about the config. */
  configTest: string;
}

export async function startNginx(
  dir: string,
  site: ServedSite,
  ports: Ports,
  cert: Certificate,
): Promise<RunningNginx> {
  const nginx = requireProgram('nginx');
  if (!existsSync(DEBIAN_MIME_TYPES)) throw new Error(`${DEBIAN_MIME_TYPES} is missing: install Debian's nginx`);
  copyFileSync(DEBIAN_MIME_TYPES, join(dir, 'mime.types'));
  writeFileSync(join(dir, 'site.conf'), nginxServerBlocks(readFileSync(NGINX_CONF, 'utf8'), site, ports, cert));
  writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir));
  // -e: nginx opens its error log before reading the config; the default one is root's.
  const args = ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')];
  const test = spawnSync(nginx, [...args, '-t'], { encoding: 'utf8' });
  const configTest = `${test.stdout}${test.stderr}`;
  if (test.status !== 0) throw new Error(`nginx -t rejects ${NGINX_CONF}:\n${configTest}`);
  const started = await startProgram(nginx, [...args, '-g', 'daemon off;'], [ports.http, ports.https]);
  return { ...started, configTest };
}
