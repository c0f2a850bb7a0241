// In Chromium: the browser editor at /admin/ loads from the built site, works on a local copy of the
// content (its local mode, no server), lists every kind of content and opens an entry, with no console
// error and no request refused or sent to another host.
// Local mode asks for the copy's folder with the File System Access API's folder picker, which a headless
// browser cannot answer; the test answers it with a folder in the origin's private file system holding a
// copy of content/, the same kind of handle the picker returns (docs/decisions/browser-editor.md).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { KIND_LABELS } from '../../src/lib/admin/labels.ts';
import { EDITOR_PATH } from '../../src/lib/admin/editorPage.ts';
import { readContentFiles } from '../../src/data/contentFiles.ts';
import { parseContent } from '../../src/lib/content/parse.ts';
import { SOURCE_LANG } from '../../src/i18n/locales.ts';

/** What went wrong on the page: console errors, uncaught exceptions, failed requests, other hosts asked. */
function watch(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'blob:' && url.protocol !== 'data:' && url.origin !== origin)
      problems.push(`other host: ${r.url()}`);
  });
  return problems;
}

/** Puts a copy of content/ in the origin's private file system and makes the folder picker return it. */
async function offerLocalCopy(page: Page): Promise<void> {
  const files = readContentFiles().map(({ path, text }) => ({ path: `content/${path}`, text }));
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    const repo = await root.getDirectoryHandle('site', { create: true });
    await repo.getDirectoryHandle('.git', { create: true });
    for (const { path, text } of files) {
      const parts = path.split('/');
      let dir = repo;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
    Object.assign(window, { showDirectoryPicker: async () => repo });
  }, files);
}

// A service body to open, from the content (its Chinese name is what the list shows).
const service = readContentFiles().find((f) => f.path.startsWith(`services/${SOURCE_LANG}/`))!;
const serviceName = (parseContent(service.path, service.text).data as { name: Record<string, string> }).name[
  SOURCE_LANG
];

// One journey, not two: loading the editor (2 MB of script) is most of its cost.
test('the browser editor loads from the site itself, lists every kind of content of a local copy and opens a service body', async ({
  browser,
  origin,
}) => {
  // Parsing 2 MB of script and reading every content file: more than two minutes on a busy two-core machine.
  test.setTimeout(240_000);
  // A Chinese browser, as the site's editors use: the editor's interface then comes from /admin/locales/.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems = watch(page, origin);
  await page.goto(origin + EDITOR_PATH, { waitUntil: 'load' });
  await offerLocalCopy(page);
  await page.getByRole('button', { name: /Local Repository|本地仓库/ }).click();
  const navigation = page.getByRole('navigation');
  // The list appears once the editor has read every file of the copy: over 5 s (the default wait) when the
  // two cores are shared, so the wait is the journey's own.
  for (const label of Object.values(KIND_LABELS))
    await expect(navigation.getByText(label, { exact: true })).toBeVisible({ timeout: 120_000 });

  await navigation.getByText(KIND_LABELS.services, { exact: true }).click();
  await page.getByText(serviceName, { exact: true }).first().click();
  // The form shows the body's Chinese name in the field for it.
  await page.waitForFunction(
    (name) => [...document.querySelectorAll('input, textarea')].some((el) => (el as HTMLInputElement).value === name),
    serviceName,
  );
  await context.close();
  expect(problems).toEqual([]);
});
