// A page's history from git: one line per commit that changed its source files (date and the commit's
// one-line note), newest first. Without git history (a shallow or exported copy) it returns nothing and
// pages fall back to the dates in their front matter.
import { execFileSync } from 'node:child_process';

export interface HistoryEntry { date: string; note: string; files?: string[] }

const cache = new Map<string, HistoryEntry[]>();

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
}

export function fileHistory(files: string[]): HistoryEntry[] {
  const key = files.join('\n');
  if (!cache.has(key)) {
    const out = git(['log', '--format=%as%x09%s', '--', ...files]);
    cache.set(key, out.split('\n').filter(Boolean).map((line) => {
      const [date, ...note] = line.split('\t');
      return { date, note: note.join('\t') };
    }));
  }
  return cache.get(key)!;
}

/** Every commit that touched content/, with the content files it changed (for the change log page). */
export function contentLog(): HistoryEntry[] {
  const out = git(['log', '--format=@@%as%x09%s', '--name-only', '--', 'content/']);
  return out.split('@@').filter((chunk) => chunk.trim()).map((chunk) => {
    const [head, ...files] = chunk.trim().split('\n');
    const [date, ...note] = head.split('\t');
    return { date, note: note.join('\t'), files: files.filter(Boolean) };
  });
}
