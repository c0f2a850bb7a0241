// deploy/nginx.conf on the real nginx (Debian 12's 1.22 in CI): see tests/support/servers/realServerSuite.ts.
import { describeRealServer } from '../support/servers/realServerSuite.ts';
import { NGINX_CONF, startNginx } from '../support/servers/nginx.ts';

describeRealServer({
  name: 'nginx',
  configFile: NGINX_CONF,
  configCheck: 'nginx -t',
  start: startNginx,
  // nginx >= 1.25.1 warns that `listen … http2` is deprecated; 1.22 needs it (see the comment in the config).
  unexpectedWarnings: (said) =>
    said
      .split('\n')
      .filter((line) => /\[(warn|emerg|alert|crit|error)\]/.test(line))
      .filter((line) => !/the "listen \.\.\. http2" directive is deprecated/.test(line)),
});
