// One exact version of a package, fetched with npm's own client (`npm pack`, so the registry and proxy
// settings are npm's) and checked against the integrity the registry publishes for it before anything is
// read from it: the files kept in vendor/ are then known to be the ones on npm.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A package's tarball unpacked in a temporary folder, with where it came from. */
export interface UnpackedTarball {
  name: string;
  version: string;
  tarball: string;
  integrity: string;
  /** The unpacked package folder (the tarball's package/). */
  folder: string;
  /** The temporary folder holding the tarball and folder, for the caller to remove. */
  tempDir: string;
}

const EXACT_VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

function run(command: string, args: string[], cwd?: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stderr = '', code } = error as { stderr?: string; code?: string };
    const why = code === 'ENOENT' ? `${command} is not installed` : stderr.trim().split('\n').slice(-3).join(' ');
    throw new Error(`${command} ${args.join(' ')} failed: ${why}`);
  }
}

/** Fetches name@version, checks its sha512 against the registry's, and unpacks it; throws saying what differs. */
export function unpackTarball(name: string, version: string): UnpackedTarball {
  if (!EXACT_VERSION.test(version))
    throw new Error(
      `${name}: "${version}" is not an exact version. Give one such as 0.221.1 (npm view ${name} versions).`,
    );

  // What the registry says this version's tarball is.
  const published = JSON.parse(
    run('npm', ['view', `${name}@${version}`, 'dist.tarball', 'dist.integrity', '--json']) || 'null',
  ) as {
    'dist.tarball'?: string;
    'dist.integrity'?: string;
  } | null;
  const tarball = published?.['dist.tarball'];
  const integrity = published?.['dist.integrity'];
  if (!tarball || !integrity?.startsWith('sha512-'))
    throw new Error(
      `${name}@${version}: the registry lists no such version with a sha512 integrity (npm view ${name} versions).`,
    );

  const dir = mkdtempSync(join(tmpdir(), 'npm-tarball-'));
  try {
    return { name, version, tarball, integrity, folder: packChecked(name, version, integrity, dir), tempDir: dir };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** npm pack into dir, the sha512 compared, unpacked: the package folder. */
function packChecked(name: string, version: string, integrity: string, dir: string): string {
  const [packed] = JSON.parse(
    run('npm', ['pack', `${name}@${version}`, '--json', '--ignore-scripts', '--pack-destination', dir]),
  ) as { filename: string; integrity: string }[];
  const file = join(dir, packed.filename);

  // npm checks the download against its record too; this makes the check visible and independent of it.
  const actual = `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
  if (actual !== integrity || packed.integrity !== integrity)
    throw new Error(
      `${name}@${version}: the downloaded tarball's integrity ${actual} differs from the registry's ${integrity}. ` +
        'Nothing was changed. Try again (npm cache verify); if it persists, do not vendor this tarball.',
    );

  run('tar', ['-xzf', file, '-C', dir]);
  const folder = join(dir, 'package');
  if (!existsSync(folder)) throw new Error(`${name}@${version}: the tarball has no package/ folder (${file}).`);
  return folder;
}
