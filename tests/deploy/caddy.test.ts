// deploy/Caddyfile on the real Caddy (Debian 12's 2.6 in CI): see tests/support/servers/realServerSuite.ts.
import { describeRealServer } from '../support/servers/realServerSuite.ts';
import { CADDYFILE, startCaddy } from '../support/servers/caddy.ts';

describeRealServer({
  name: 'Caddy',
  configFile: CADDYFILE,
  configCheck: 'caddy validate',
  start: startCaddy,
  // Caddy logs JSON lines; a warning there (e.g. an unformatted Caddyfile) is one to fix, but for the OCSP
  // stapling the test's own self-signed certificate cannot offer.
  unexpectedWarnings: (said) =>
    said
      .split('\n')
      .filter((line) => /"level":"(warn|error)"/.test(line))
      .filter((line) => !/"msg":"stapling OCSP".*no OCSP server specified in certificate/.test(line)),
});
