// The browser editor asks no other host for anything: Sveltia CMS's build, kept in vendor/ with where it came
// from, is rewritten to load its icon font and interface translations from the site
// (src/lib/admin/selfHost.ts), and where it saves in production is read from REPOSITORY_URL
// (src/lib/admin/backend.ts).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selfHosted, ICON_FONT } from '../../src/lib/admin/selfHost.ts';
import { backendFor } from '../../src/lib/admin/backend.ts';
import { EDITOR_CSP, editorPage } from '../../src/lib/admin/editorPage.ts';
import {
  EDITOR_BUILD,
  EDITOR_PACKAGE,
  ICON_FONT_PACKAGE,
  SOURCE_FILE,
  vendoredPath,
  type VendoredSource,
} from '../../src/lib/admin/vendored.ts';

const sourceOf = (pkg: typeof EDITOR_PACKAGE) =>
  JSON.parse(readFileSync(vendoredPath(pkg, SOURCE_FILE), 'utf8')) as VendoredSource;
const { version } = sourceOf(EDITOR_PACKAGE);
const original = readFileSync(vendoredPath(EDITOR_PACKAGE, EDITOR_BUILD), 'utf8');

describe('the editor’s files kept in vendor/', () => {
  it.each([EDITOR_PACKAGE, ICON_FONT_PACKAGE])('has every file of $name the site serves, and its licence', (pkg) => {
    const missing = pkg.files.filter((file) => !existsSync(vendoredPath(pkg, file)));
    expect(missing).toEqual([]);
    expect(pkg.files.some((file) => /^LICEN[CS]E/.test(file))).toBe(true);
  });

  it.each([EDITOR_PACKAGE, ICON_FONT_PACKAGE])('says which exact tarball of $name they came from', (pkg) => {
    const source = sourceOf(pkg);
    expect(source.name).toBe(pkg.name);
    expect(source.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(source.tarball).toMatch(/^https:\/\//);
    expect(source.tarball.endsWith(`/${pkg.name}/-/${pkg.name.split('/').pop()}-${source.version}.tgz`)).toBe(true);
    expect(source.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
  });
});

describe('the editor’s script', () => {
  const rewritten = selfHosted(original, version);

  it('loads its fonts from this site or the system, never from a CDN', () => {
    expect(original).toContain('cdn.jsdelivr.net');
    expect(rewritten).not.toContain('cdn.jsdelivr.net');
    expect(rewritten).toContain(`url(${ICON_FONT})`);
  });

  it('neither checks for a newer version nor fetches its interface translations from unpkg', () => {
    expect(rewritten).not.toMatch(/\/package\.json`/);
    expect(rewritten).not.toMatch(/=`\$\{[\w$]+\}@\$\{[\w$]+\}\/locales`/);
  });

  it('stops the build, naming what moved, when a newer build no longer matches', () => {
    const moved = original.replace(/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols/g, 'cdn.example/x');
    expect(() => selfHosted(moved, '9.9.9')).toThrow(/9\.9\.9: the icon font was found 0 times.*selfHost\.ts/);
  });
});

describe('the editor’s page', () => {
  it('asks search engines not to index it and allows scripts from this site only', () => {
    const html = editorPage();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(EDITOR_CSP).toContain("script-src 'self';");
    expect(EDITOR_CSP).not.toMatch(/https?:/);
    expect(html).not.toMatch(/src="(https?:)?\/\//);
  });
});

describe('where the editor saves', () => {
  it('reads a self-hosted Gitea or Forgejo from REPOSITORY_URL', () => {
    expect(backendFor('https://git.example.gov.cn/ip/site', 'main')).toEqual({
      name: 'gitea',
      repo: 'ip/site',
      branch: 'main',
      base_url: 'https://git.example.gov.cn',
      api_root: 'https://git.example.gov.cn/api/v1',
    });
  });

  it('knows GitHub and GitLab by their host names', () => {
    expect(backendFor('https://github.com/owner/name.git').name).toBe('github');
    expect(backendFor('https://gitlab.com/owner/name').name).toBe('gitlab');
  });

  it('works on a local copy only when no repository is named', () => {
    expect(backendFor(undefined, 'main', 'changzhou-ip-strong-city').repo).toBe('local/changzhou-ip-strong-city');
  });

  it('says how to write an address it cannot read', () => {
    expect(() => backendFor('git.example.gov.cn/ip/site')).toThrow(
      /REPOSITORY_URL .*https:\/\/git\.example\.gov\.cn\/owner\/name/,
    );
    expect(() => backendFor('https://git.example.gov.cn/ip')).toThrow(/must name a repository/);
  });
});
