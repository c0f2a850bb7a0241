// The content's history from git, read in one `git log` pass per build: each commit that touched
// content/ with its date, its one-line note and its files. Pages take their own history from it.
// Without git history (a shallow or exported copy) there is none, and pages fall back to the dates in
// their front matter.
import { execFileSync } from 'node:child_process';

export interface HistoryEntry {
  date: string;
  note: string;
  files: string[];
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return '';
  }
}

/** Parses `git log --format=@@%as%x09%s --name-only` output, newest first. */
function parseLog(out: string): HistoryEntry[] {
  return out
    .split('@@')
    .filter((chunk) => chunk.trim())
    .map((chunk) => {
      const [head, ...files] = chunk.trim().split('\n');
      const [date, ...note] = head.split('\t');
      return { date, note: note.join('\t'), files: files.filter(Boolean) };
    });
}

let log: HistoryEntry[] | undefined;
/** Every commit that touched content/, newest first (read once per build). */
export function contentLog(): HistoryEntry[] {
  log ??= parseLog(git(['log', '--format=@@%as%x09%s', '--name-only', '--', 'content/']));
  return log;
}

/** The commits that changed any of the sources (files, or folders ending in /), newest first. */
export function fileHistory(sources: string[], entries = contentLog()): Array<{ date: string; note: string }> {
  const covers = (source: string, file: string) => file === source || (source.endsWith('/') && file.startsWith(source));
  return entries
    .filter((e) => e.files.some((f) => sources.some((s) => covers(s, f))))
    .map(({ date, note }) => ({ date, note }));
}
