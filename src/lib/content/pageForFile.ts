// Which page a content file becomes, so history and the change log can link to it: the registry's `page`
// for the file's kind, in the file's language (or, for a file in no language, in the reader's).
import type { ContentLang } from '../../i18n/locales.ts';
import { placeFile } from './registry.ts';

/** `file` is a repository path (content/…). */
export function pageForContentFile(file: string): { path: string; lang?: ContentLang; listed?: boolean } | undefined {
  if (!file.startsWith('content/')) return undefined;
  const placed = placeFile(file.slice('content/'.length));
  if (!placed?.kind.page) return undefined;
  return {
    path: placed.kind.page(placed.slug),
    ...(placed.lang && { lang: placed.lang }),
    ...(placed.kind.changelog && { listed: true }),
  };
}
