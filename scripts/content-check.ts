// npm run content:check — checks every content file in seconds, without building the site.
// Prints each problem with its file, field and fix (Chinese and English) and a summary; exits 1 on any.
import { join } from 'node:path';
import { checkContent } from '../src/lib/content/checkContent.ts';
import { formatProblems } from '../src/lib/content/crossCheck.ts';

const root = process.argv[2] ?? join(process.cwd(), 'content');
const started = performance.now();
const problems = checkContent(root);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length) {
  console.error(formatProblems(problems));
  const files = new Set(problems.map((p) => p.file)).size;
  console.error(`\n内容检查未通过:${files} 个文件中有 ${problems.length} 个问题 / content check failed: ${problems.length} problem(s) in ${files} file(s) (${seconds} s)`);
  process.exit(1);
}
console.log(`内容检查通过 / content check passed (${seconds} s)`);
