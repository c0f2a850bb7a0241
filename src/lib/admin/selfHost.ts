// Sveltia CMS's browser build asks other hosts for a few things: its web fonts (a CDN), a check for a newer
// version and its interface translations (unpkg). The editor page's policy refuses other hosts, so before the
// build is served from the site these addresses are rewritten, each at one exact place:
//   - the icon font (Material Symbols, without which buttons show words like "arrow_back") comes from this
//     site, a file of the @fontsource-variable/material-symbols-outlined package kept in vendor/;
//   - the text fonts fall back to the system's (Chinese needs the system's fonts anyway);
//   - the interface translations come from this site (the package's locales/, kept in vendor/);
//   - the version check reads an empty answer, so it never asks (the version is the one kept in vendor/:
//     src/lib/admin/vendored.ts).
// A newer Sveltia CMS that moved any of them fails the build here, naming the address, rather than
// quietly asking another host.

/** The Material Symbols font file served beside the editor (a file of the fontsource package, in vendor/). */
export const ICON_FONT = 'material-symbols-outlined-latin-wght-normal.woff2';
/** The folder, beside the editor, of the interface translations. */
export const LOCALES_FOLDER = 'locales';
/** The interface translations served (English is built in): the Chinese ones, for the site's editors. The
 *  package has 29; serving only these keeps the other 2 MB out of the site. */
export const UI_LOCALES = ['zh-CN', 'zh-TW'] as const;

interface Rewrite {
  what: string;
  find: RegExp;
  replace: string;
}

const REWRITES: Rewrite[] = [
  {
    what: 'the icon font',
    find: /url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@[\d.]+\/latin-wght-normal\.woff2\)/g,
    replace: `url(${ICON_FONT})`,
  },
  {
    what: 'the text font Source Sans 3',
    find: /url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/source-sans-3:vf@[\d.]+\/latin-wght-normal\.woff2\)\s*format\('woff2-variations'\)/g,
    replace: "local('Source Sans 3')",
  },
  {
    what: 'the code font Noto Mono',
    find: /url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/noto-mono@[\d.]+\/latin-400-normal\.woff2\)\s*format\('woff2'\)/g,
    replace: "local('Noto Mono')",
  },
  {
    what: 'the version check',
    find: /=`\$\{([\w$]+)\}\/package\.json`/g,
    replace: '=`data:application/json,{}`',
  },
  {
    what: 'the interface translations',
    find: /=`\$\{[\w$]+\}@\$\{[\w$]+\}\/locales`/g,
    replace: `=new URL(\`${LOCALES_FOLDER}\`,document.baseURI).href.replace(/\\/$/,'')`,
  },
];

/** The browser build with every other host's address rewritten; throws if one is not found exactly once. */
export function selfHosted(script: string, version: string): string {
  let result = script;
  for (const { what, find, replace } of REWRITES) {
    const found = result.match(find)?.length ?? 0;
    if (found !== 1)
      throw new Error(
        `Sveltia CMS ${version}: ${what} was found ${found} times where once was expected (${find.source}). ` +
          'Its browser build has changed: update the rewrite in src/lib/admin/selfHost.ts, or go back to a version that ' +
          'matches (npm run editor:update -- <version>, or git checkout vendor/).',
      );
    result = result.replace(find, replace);
  }
  return result;
}
