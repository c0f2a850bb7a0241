// Every built page is valid HTML: the W3C Nu HTML Checker (vnu.jar from the vnu-jar package, run with the
// system's Java) finds no error, and the two rules it leaves to authors that html-validate used to hold here
// hold still (docs/decisions/html-validator.md says why one checker). Java is installed by .ci/run; without
// it this test fails (a missing tool is a failure, not a skip).
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, fileForUrl, page, pageUrls } from '../support/dist.ts';

const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar');
interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}
// The Nu checker's CSS validator predates container queries (Baseline since 2023: the plan's reading bar uses
// them to drop what does not fit); only these two messages about them are set aside, every other CSS error counts.
const UNKNOWN_TO_NU_CSS =
  /^CSS: (“container-type”: Property “container-type” doesn.t exist|Unrecognized at-rule “@container”)/;
// Nor does its HTML checker know <link rel="expect" blocking="render"> (HTML Standard, "link-type-expect"; Chromium
// since 124, Safari 18.2): BaseLayout holds the first frame until the header is parsed. Only that message is set aside.
const UNKNOWN_TO_NU_HTML =
  /^A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”\.$/;
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
    if (UNKNOWN_TO_NU_CSS.test(m.message) || UNKNOWN_TO_NU_HTML.test(m.message)) continue;
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

// Conforming HTML that still misbehaves for a reader; the Nu checker allows both.
describe('forms and buttons', () => {
  it.each(pageUrls())('%s: every button says what it does to its form', (url) => {
    // A <button> without a type submits its form: a menu or filter button would reload the page.
    const untyped = page(url)
      .querySelectorAll('button:not([type])')
      .map((b) => b.outerHTML.slice(0, 120));
    expect(untyped).toEqual([]);
  });

  it.each(pageUrls())('%s: every form can be sent from the keyboard', (url) => {
    // WCAG 2 technique H32: a form has a submit button, so Enter in a field has somewhere to go.
    const unsendable = page(url)
      .querySelectorAll('form')
      .filter(
        (form) =>
          !form.querySelector('button:not([type=button]):not([type=reset]), input[type=submit], input[type=image]'),
      )
      .map((form) => form.outerHTML.slice(0, 120));
    expect(unsendable).toEqual([]);
  });
});
