// The content's history from git, read in one `git log` pass per build: each commit that touched
// content/ with its date, its one-line note and its files. Pages take their own history from it.
// Without git history (a shallow or exported copy) there is none, and pages fall back to the dates in
// their front matter.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileChange, type FileChange, type FileDiff } from '../lib/content/changeKinds.ts';
import { isHeading, type Hunk } from '../lib/content/changePlaces.ts';

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

/** A commit's changes to content/ in a reader's terms: each file with what changed in it and where (fileChange). */
export interface ContentChange {
  date: string;
  changes: Array<{ file: string } & FileChange>;
}

/** Parses `git log -p --function-context --unified=0 --format=%x1e%as` output: per commit, each file's status
 *  and hunks. `sectioned` tells whether a Markdown file has headings. */
export function parseChanges(out: string, sectioned: (file: string) => boolean = () => true): ContentChange[] {
  return out
    .split('\x1e')
    .filter((chunk) => chunk.trim())
    .map((chunk) => {
      const [date, ...lines] = chunk.split('\n');
      const diffs: FileDiff[] = [];
      let current: FileDiff | undefined;
      let hunk: Hunk | undefined;
      for (const line of lines) {
        const header = /^diff --git a\/(.+) b\/(.+)$/.exec(line);
        const hunkHeader = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
        if (header) {
          current = { file: header[2], status: 'modified', hunks: [], sectioned: sectioned(header[2]) };
          diffs.push(current);
          hunk = undefined;
        } else if (!current) continue;
        else if (hunkHeader) {
          hunk = { oldStart: Number(hunkHeader[1]), newStart: Number(hunkHeader[2]), lines: [] };
          current.hunks.push(hunk);
        } else if (!hunk && line.startsWith('new file mode')) current.status = 'added';
        else if (!hunk && line.startsWith('deleted file mode')) current.status = 'deleted';
        else if (hunk && /^[ +-]/.test(line)) hunk.lines.push(line);
        // With git's diff.suppressBlankEmpty set, a blank context line comes without its leading space.
        else if (hunk && line === '') hunk.lines.push(' ');
      }
      return { date: date.trim(), changes: diffs.map((diff) => ({ file: diff.file, ...fileChange(diff) })) };
    });
}

/** Whether a Markdown file in the work tree has a heading in its body; one that is gone is taken to have. */
function hasHeadings(file: string): boolean {
  if (!/\.mdx?$/.test(file)) return true;
  try {
    const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    return body.split('\n').some(isHeading);
  } catch {
    return true;
  }
}

let changes: ContentChange[] | undefined;
/** Every commit that touched content/, newest first, with what it changed in reader's terms (read once per
 *  build). Whole sections are shown around each change (--function-context): with .gitattributes naming git's
 *  markdown driver for .md and .mdx, a section starts at its heading, so changePlaces.ts can tell where the
 *  wording changed. */
export function contentChanges(): ContentChange[] {
  changes ??= parseChanges(
    git([
      'log',
      '-p',
      '--function-context',
      '--unified=0',
      '--no-renames',
      '--no-color',
      '--format=%x1e%as',
      '--',
      'content/',
    ]),
    hasHeadings,
  );
  return changes;
}
