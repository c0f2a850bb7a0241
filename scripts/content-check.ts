// npm run content:check — checks every content file in seconds, without building the site.
// Prints each problem with its file, field and fix (Chinese and English) and a summary; exits 1 on any.
// The build runs the same check but for spelling, which only this command does (src/data/checked.ts).
import { join } from 'node:path';
import { checkContentFolder, summary } from '../src/data/checked.ts';
import { loadSpellChecker, wordListIn } from '../src/data/spellChecker.ts';
import { formatProblems } from '../src/lib/content/problems.ts';

const root = process.argv[2] ?? join(process.cwd(), 'content');
const started = performance.now();
const problems = checkContentFolder(root, loadSpellChecker(wordListIn(root)));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length) {
  console.error(formatProblems(problems));
  console.error(`\n${summary(problems)} (${seconds} s)`);
  process.exit(1);
}
console.log(`内容检查通过 / content check passed (${seconds} s)`);
