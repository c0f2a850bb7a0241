// Finds the programs the real-server tests run. A missing one is a failure that says what to install, never
// a skip: a config nobody has started is a config nobody has tested.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Debian puts nginx in /usr/sbin, which is not on an ordinary user's PATH. */
const EXTRA_DIRS = ['/usr/sbin', '/usr/local/sbin', '/usr/bin', '/usr/local/bin'];

/** The path of `program`, or an error naming the Debian package to install. */
export function requireProgram(program: string, debianPackage = program): string {
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), ...EXTRA_DIRS];
  const found = dirs.map((dir) => join(dir, program)).find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    `${program} is not installed, and the deploy tests run the real server: install it ` +
      `(Debian: apt-get install ${debianPackage}; .ci/run does this when it runs as root).`,
  );
}
