// The W3C Nu HTML Checker (vnu.jar from the vnu-jar package, run with the system's Java) finds no error on
// any built page. It catches what html-validate does not, e.g. a <script> emitted after </html>.
// Java is installed by .ci/run; without it this test fails (a missing tool is a failure, not a skip).
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, fileForUrl, pageUrls } from '../support/dist.ts';

const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar');
interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}
const errorsByFile = new Map<string, string[]>();
const unread: string[] = [];

beforeAll(async () => {
  // One JVM for the whole site: starting the checker costs more than checking a page.
  const output = await new Promise<string>((done, fail) => {
    execFile(
      'java',
      ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', DIST],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT')
          fail(
            new Error('java is not installed: the Nu HTML Checker needs it (.ci/run installs default-jre-headless)'),
          );
        else done(stderr || stdout);
      },
    );
  });
  const { messages } = JSON.parse(output) as { messages: NuMessage[] };
  // A page the checker could not read (an input/output failure) is a failure too, not a page without errors.
  unread.push(...messages.filter((m) => m.type === 'non-document-error').map((m) => `${m.url ?? '?'}: ${m.message}`));
  for (const m of messages.filter((m) => m.type === 'error' || m.subType === 'fatal')) {
    const file = relative(DIST, new URL(m.url).pathname);
    errorsByFile.set(file, [...(errorsByFile.get(file) ?? []), `${m.lastLine ?? '?'}: ${m.message}`]);
  }
}, 180_000);

describe('Nu HTML Checker', () => {
  it('read every page', () => {
    expect(unread).toEqual([]);
  });

  it.each(pageUrls())('%s has no errors', (url) => {
    expect(errorsByFile.get(relative(DIST, fileForUrl(url))) ?? []).toEqual([]);
  });
});
