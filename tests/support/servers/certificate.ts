// A throw-away self-signed certificate for the real-server tests, made with openssl for the host name the
// committed configs serve; the test clients trust exactly this certificate and nothing else.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireProgram } from './tools.ts';

export interface Certificate {
  cert: string;
  key: string;
  /** The certificate itself, for the clients' `ca`. */
  pem: string;
}

export function makeCertificate(dir: string, host: string): Certificate {
  const openssl = requireProgram('openssl');
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync(
    openssl,
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${host}`].concat([
      '-addext',
      `subjectAltName=DNS:${host}`,
      '-keyout',
      key,
      '-out',
      cert,
    ]),
    { stdio: 'pipe' },
  );
  return { cert, key, pem: readFileSync(cert, 'utf8') };
}
