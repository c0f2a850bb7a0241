// The browser editor asks no other host for anything: Sveltia CMS's build is rewritten to load its icon
// font and interface translations from the site (src/lib/admin/selfHost.ts), and where it saves in
// production is read from REPOSITORY_URL (src/lib/admin/backend.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selfHosted, ICON_FONT } from '../../src/lib/admin/selfHost.ts';
import { backendFor } from '../../src/lib/admin/backend.ts';
import { EDITOR_CSP, editorPage } from '../../src/lib/admin/editorPage.ts';

const PACKAGE = 'node_modules/@sveltia/cms';
const version = (JSON.parse(readFileSync(`${PACKAGE}/package.json`, 'utf8')) as { version: string }).version;
const original = readFileSync(`${PACKAGE}/dist/sveltia-cms.js`, 'utf8');

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
