// Reads a _headers file the way Netlify and Cloudflare Pages document it, so a test can ask what headers a
// path gets there without deploying:
//   - a line starting with "#" is a comment; blank lines separate rules;
//   - an unindented line is a URL pattern: a path starting with "/" (or an https:// URL); "*" matches any
//     characters (a splat), ":name" one path segment;
//   - indented "Name: value" lines are the headers of the pattern above them;
//   - every rule whose pattern matches a path applies. When two set the same header, Cloudflare joins the
//     values with ", " and Netlify keeps the later one, so a file meant for both must not do that;
//   - Cloudflare takes at most 100 rules and 2,000 characters a line; "! Name" (Cloudflare's way to drop a
//     header) is unknown to Netlify, which rejects the rule.
// Sources: https://docs.netlify.com/manage/routing/headers/ and
// https://developers.cloudflare.com/pages/configuration/headers/

export interface HeaderRule {
  pattern: string;
  line: number;
  headers: Array<[name: string, value: string]>;
}

export const LIMITS = { rules: 100, lineLength: 2000 };

/** The rules of a _headers file; throws on a line neither host would read, naming the line. */
export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.length > LIMITS.lineLength) throw new Error(`${file}:${line}: longer than ${LIMITS.lineLength} characters`);
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      if (!/^(\/|https:\/\/)/.test(trimmed)) throw new Error(`${file}:${line}: a pattern starts with / or https://`);
      rules.push({ pattern: trimmed, line, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${file}:${line}: a header before any pattern`);
    if (trimmed.startsWith('!')) throw new Error(`${file}:${line}: "!" detaches a header on Cloudflare only`);
    const colon = trimmed.indexOf(':');
    if (colon < 1) throw new Error(`${file}:${line}: a header line is "Name: value"`);
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  });
  return rules;
}

function patternRegExp(pattern: string): RegExp {
  const path = pattern.replace(/^https:\/\/[^/]+/, '');
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The rules that apply to a path. */
export function rulesFor(rules: HeaderRule[], path: string): HeaderRule[] {
  return rules.filter((rule) => patternRegExp(rule.pattern).test(path));
}

/** The headers a path gets, as both hosts agree when no header comes from two rules; names in lower case. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  return Object.fromEntries(
    rulesFor(rules, path).flatMap((rule) => rule.headers.map(([n, v]) => [n.toLowerCase(), v])),
  );
}

/** Header names a path gets from more than one rule (where Cloudflare and Netlify would disagree). */
export function conflictsFor(rules: HeaderRule[], path: string): string[] {
  const names = rulesFor(rules, path).flatMap((rule) => [...new Set(rule.headers.map(([n]) => n.toLowerCase()))]);
  return [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
}
