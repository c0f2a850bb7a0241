// The browser editor's files that the site serves, kept in the repository under vendor/ rather than installed
// from npm: installing @sveltia/cms to copy one script and two translations also installed its npm entry's
// whole dependency tree (docs/decisions/browser-editor.md). Each package keeps its own file layout under
// vendor/<folder>/, beside its licence and a source.json saying which tarball the files came from;
// `npm run editor:update -- <version>` (scripts/editor-update.ts) replaces them.
import { ICON_FONT, LOCALES_FOLDER, UI_LOCALES } from './selfHost.ts';

/** The folder, at the project's root, of the packages' files kept in the repository. */
export const VENDOR_FOLDER = 'vendor';
/** Where each package's provenance is recorded, in its folder. */
export const SOURCE_FILE = 'source.json';

/** A package some of whose files are kept in vendor/<folder>/, at the paths they have in its tarball. */
export interface VendoredPackage {
  name: string;
  folder: string;
  files: readonly string[];
}

/** Sveltia CMS's browser build, in the package (it exports no path to it). */
export const EDITOR_BUILD = 'dist/sveltia-cms.js';
/** An interface translation, in the package. */
export const editorLocale = (locale: string) => `${LOCALES_FOLDER}/${locale}.json`;
/** The icon font, in the fontsource package. */
export const ICON_FONT_FILE = `files/${ICON_FONT}`;

export const EDITOR_PACKAGE: VendoredPackage = {
  name: '@sveltia/cms',
  folder: 'sveltia-cms',
  files: [EDITOR_BUILD, ...UI_LOCALES.map(editorLocale), 'LICENSE.txt'],
};

export const ICON_FONT_PACKAGE: VendoredPackage = {
  name: '@fontsource-variable/material-symbols-outlined',
  folder: 'material-symbols-outlined',
  files: [ICON_FONT_FILE, 'LICENSE'],
};

/** A file of a vendored package, relative to the project's root. */
export const vendoredPath = (pkg: VendoredPackage, file: string) => `${VENDOR_FOLDER}/${pkg.folder}/${file}`;

/** What source.json records: the exact package version and the tarball its files were taken from. */
export interface VendoredSource {
  name: string;
  version: string;
  tarball: string;
  integrity: string;
}
