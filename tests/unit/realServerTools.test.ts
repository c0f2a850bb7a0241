// The real-server tests' own tools (tests/support/servers/): a missing server fails and says what to install,
// and a committed config the test can no longer adapt fails, naming the piece, instead of being half-adapted.
import { describe, expect, it } from 'vitest';
import { requireProgram } from '../support/servers/tools.ts';
import { derive } from '../support/servers/derive.ts';

describe('the real-server tests', () => {
  it('fail, naming the package to install, when a server program is missing', () => {
    expect(() => requireProgram('no-such-web-server', 'no-such-package')).toThrow(
      /no-such-web-server is not installed.*apt-get install no-such-package/,
    );
  });

  it('replace each piece of a committed config exactly once, or stop naming it', () => {
    const config = 'listen 443 ssl http2;\nroot /var/www/site;\n';
    expect(derive(config, 'x.conf', [['root /var/www/site;', 'root /tmp/t;']])).toBe(
      'listen 443 ssl http2;\nroot /tmp/t;\n',
    );
    expect(() => derive(config, 'x.conf', [['listen 80;', 'listen 127.0.0.1:8080;']])).toThrow(
      /x\.conf: expected `listen 80;` once, found it 0 times/,
    );
    expect(() => derive(config + config, 'x.conf', [['root /var/www/site;', 'root /tmp/t;']])).toThrow(/2 times/);
  });
});
