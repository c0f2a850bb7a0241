// npm run editor:update -- <version> [--font <version>]: replaces the browser editor's files kept in vendor/
// (src/lib/admin/vendored.ts lists them) with those of Sveltia CMS <version> and of the icon font package
// (--font, or else the version already kept), each taken from its npm tarball after checking the registry's
// integrity (scripts/lib/npmTarball.ts), and records the tarball in vendor/<package>/source.json.
// Nothing is written unless every needed file is found in both tarballs.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { unpackTarball, type UnpackedTarball } from './lib/npmTarball.ts';
import {
  EDITOR_BUILD,
  EDITOR_PACKAGE,
  ICON_FONT_PACKAGE,
  SOURCE_FILE,
  vendoredPath,
  type VendoredPackage,
  type VendoredSource,
} from '../src/lib/admin/vendored.ts';
import { selfHosted } from '../src/lib/admin/selfHost.ts';

const { values, positionals } = parseArgs({ options: { font: { type: 'string' } }, allowPositionals: true });
const [version] = positionals;
if (!version || positionals.length > 1) {
  console.error('usage: npm run editor:update -- <Sveltia CMS version, e.g. 0.221.1> [--font <fontsource version>]');
  process.exit(1);
}

const keptSource = (pkg: VendoredPackage) =>
  JSON.parse(readFileSync(vendoredPath(pkg, SOURCE_FILE), 'utf8')) as VendoredSource;

/** Every needed file of the package, or an error naming the missing ones and what to do. */
function checkFiles(pkg: VendoredPackage, unpacked: UnpackedTarball): void {
  const missing = pkg.files.filter((file) => !existsSync(join(unpacked.folder, file)));
  if (missing.length)
    throw new Error(
      `${pkg.name} ${unpacked.version} has no ${missing.join(', ')} (tarball ${unpacked.tarball}). ` +
        `Nothing in vendor/ was changed. See what it ships (npm pack ${pkg.name}@${unpacked.version} --dry-run), ` +
        'then update the file list in src/lib/admin/vendored.ts and the route in src/pages/admin/ that serves it, ' +
        `or stay on ${keptSource(pkg).version}.`,
    );
}

function replaceVendored(pkg: VendoredPackage, unpacked: UnpackedTarball): void {
  rmSync(vendoredPath(pkg, ''), { recursive: true, force: true });
  for (const file of pkg.files) {
    mkdirSync(dirname(vendoredPath(pkg, file)), { recursive: true });
    copyFileSync(join(unpacked.folder, file), vendoredPath(pkg, file));
  }
  const { name, version, tarball, integrity } = unpacked;
  const source: VendoredSource = { name, version, tarball, integrity };
  writeFileSync(vendoredPath(pkg, SOURCE_FILE), `${JSON.stringify(source, null, 2)}\n`);
  console.log(`✓ ${vendoredPath(pkg, '')}: ${name} ${version} (${integrity.slice(0, 20)}…)`);
}

const updates: { pkg: VendoredPackage; unpacked: UnpackedTarball }[] = [];
try {
  const wanted = [
    { pkg: EDITOR_PACKAGE, version },
    { pkg: ICON_FONT_PACKAGE, version: values.font ?? keptSource(ICON_FONT_PACKAGE).version },
  ];
  for (const { pkg, version } of wanted) updates.push({ pkg, unpacked: unpackTarball(pkg.name, version) });
  for (const { pkg, unpacked } of updates) checkFiles(pkg, unpacked);
  for (const { pkg, unpacked } of updates) replaceVendored(pkg, unpacked);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  for (const { unpacked } of updates) rmSync(unpacked.tempDir, { recursive: true, force: true });
}
if (process.exitCode) process.exit();

// The build checks that each address to another host is rewritten exactly once; say so now rather than at the
// next build, so the rewrite can be fixed (or the update undone with git checkout vendor/).
try {
  selfHosted(readFileSync(vendoredPath(EDITOR_PACKAGE, EDITOR_BUILD), 'utf8'), version);
} catch (error) {
  console.warn(`! ${(error as Error).message}`);
  process.exitCode = 1;
}
console.log('Next: npm run build, then try the editor at /admin/ (docs/editing-in-the-browser.md).');
