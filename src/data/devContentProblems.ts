// In `npm run dev`, the content check's latest problems, shared by the integration that re-runs the check
// when a content file is saved (src/data/checked.ts) and the middleware that shows them in Astro's error
// overlay on every page. The two load separate copies of their modules in one process (the config's and
// the dev server's), so the problems live on globalThis under a registered symbol.
import { formatProblems, type ContentProblem } from '../lib/content/problems.ts';

const KEY = Symbol.for('changzhou-ip-site.contentProblems');
const store = globalThis as { [KEY]?: ContentProblem[] };

export function setDevContentProblems(problems: ContentProblem[]): void {
  store[KEY] = problems;
}

/** The error a page in dev throws while content has problems: Astro shows it in its overlay. */
export function devContentError(): Error | undefined {
  const problems = store[KEY];
  if (!problems?.length) return undefined;
  const files = new Set(problems.map((p) => p.file)).size;
  const error = new Error(
    `内容检查未通过:${files} 个文件中有 ${problems.length} 个问题 / content check failed: ${problems.length} problem(s) in ${files} file(s)\n\n${formatProblems(problems)}`,
  );
  error.name = 'ContentCheckError';
  // The overlay shows the first problem's file (at its line, where the problem has one), not this module.
  const line = Number(/^line (\d+)/.exec(problems[0].field)?.[1] ?? 1);
  Object.assign(error, {
    loc: { file: `${process.cwd()}/${problems[0].file}`, line, column: 1 },
    stack: error.message,
  });
  return error;
}
