// Which page a content file becomes, so history and the change log can link to it.
import { localePath, type Lang } from '../../i18n/locales.ts';

export function pageForContentFile(file: string): { path: string; lang?: Lang } | undefined {
  const m = (re: RegExp) => re.exec(file);
  let match;
  if ((match = m(/^content\/plan\/(zh|en)\//))) return { path: '/plan/', lang: match[1] as Lang };
  if ((match = m(/^content\/targets\/([\w-]+)\.json$/))) return { path: `/targets/${match[1]}/` };
  if (m(/^content\/court-cases\/\d{4}\.json$/)) return { path: '/progress/' };
  if ((match = m(/^content\/(progress|services)\/(zh|en)\/([\w-]+)\.md$/)))
    return { path: `/${match[1]}/${match[3]}/`, lang: match[2] as Lang };
  if ((match = m(/^content\/pages\/(zh|en)\/([\w-]+)\.mdx?$/)))
    return { path: `/${match[2]}/`, lang: match[1] as Lang };
  if ((match = m(/^content\/explained\/(zh|en)\.md$/))) return { path: '/plan/explained/', lang: match[1] as Lang };
  if ((match = m(/^content\/overseas\/(zh|en)\.mdx$/))) return { path: '/overseas/', lang: match[1] as Lang };
  return undefined;
}

export function pageUrlForContentFile(file: string, lang: Lang): string | undefined {
  const page = pageForContentFile(file);
  return page ? localePath(page.lang ?? lang, page.path) : undefined;
}
