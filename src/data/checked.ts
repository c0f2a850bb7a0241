// The content check's two doors: `npm run content:check` (scripts/content-check.ts) and the build,
// through this Astro integration, which runs the check when Astro starts and stops a build (or astro check)
// with the file, the field and the fix before any page is made. Both call checkContent. In `npm run dev`
// it does not stop the server: it re-runs the whole check (cross-file checks included) whenever a content
// file is saved, added or deleted, and every page shows the problems in Astro's error overlay until fixed.
// Spelling is the command's alone (it brings the en-GB dictionary, src/data/spellChecker.ts): a word the
// dictionary does not know is an editor's question, not a broken page, so it does not stop a build, and the
// build needs no dictionary. `npm test` holds the content's spelling too (tests/unit/englishCheck.test.ts).
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content/checkContent.ts';
import { formatProblems, type ContentProblem } from '../lib/content/problems.ts';
import type { SpellCheckers } from '../lib/content/checkEnglish.ts';
import { CONTENT_ROOT, readContentFiles } from './contentFiles.ts';
import { setDevContentProblems } from './devContentProblems.ts';

/** Every check on the content folder; spelling too when a dictionary is given. */
export function checkContentFolder(root = CONTENT_ROOT, spellCheckers?: SpellCheckers): ContentProblem[] {
  return checkContent(readContentFiles(root), spellCheckers);
}

export function summary(problems: ContentProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return `内容检查未通过:${files} 个文件中有 ${problems.length} 个问题 / content check failed: ${problems.length} problem(s) in ${files} file(s)`;
}

export function contentCheck(root = CONTENT_ROOT): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const problems = checkContentFolder(root);
        if (command === 'dev') setDevContentProblems(problems);
        if (problems.length) {
          logger.error(formatProblems(problems));
          if (command !== 'dev') throw new Error(summary(problems));
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        let pending: ReturnType<typeof setTimeout> | undefined;
        const recheck = (changed: string) => {
          if (!changed.startsWith(root)) return;
          // One run for a burst of saves (an editor's "save all", a git checkout).
          clearTimeout(pending);
          pending = setTimeout(() => {
            const problems = checkContentFolder(root);
            setDevContentProblems(problems);
            if (problems.length) logger.error(`${formatProblems(problems)}\n${summary(problems)}`);
            else logger.info('内容检查通过 / content check passed');
            server.ws.send({ type: 'full-reload' });
          }, 200);
        };
        server.watcher.add(root);
        server.watcher.on('change', recheck).on('add', recheck).on('unlink', recheck);
      },
    },
  };
}
