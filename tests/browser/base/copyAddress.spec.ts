// "复制链接 / Copy link" and "引用 / Cite" in a build with SITE_URL (dist-base/): the copied address and the
// citations name the public address, as the printed page does, even when the page is read on another host (here
// the local preview). A journalist reading a staging copy copied and cited 127.0.0.1 (issue 27, eleventh review).
import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures.ts';
import { BASE } from './site.ts';
import { loadPlanFiles } from '../../../src/data/contentFiles.ts';

const { SITE_URL } = JSON.parse(readFileSync('tests/fixtures/deployment.json', 'utf8')) as { SITE_URL: string };
// A measure from the plan's own files, not a literal.
const measure = loadPlanFiles('zh')
  .flatMap((f) => f.clauses)
  .find((c) => c.kind === 'measure')!.id;

test('copies and cites the clause at the public address, not the preview’s', async ({ open }) => {
  const page = await open(`${BASE}/en/plan/`, { permissions: ['clipboard-read', 'clipboard-write'] });
  const publicAddress = new URL(`${BASE}/en/plan/#${measure}`, SITE_URL).href;
  await page.locator(`#${measure} a.clause-link`).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(publicAddress);
  await page.locator(`#${measure} button.clause-more-toggle`).click();
  await page.locator(`button[data-cite="${measure}"]`).click();
  const cited = await page.locator(`#cite-${measure} dd p`).allInnerTexts();
  expect(cited.length).toBeGreaterThan(0);
  expect(cited.join('\n')).toContain(publicAddress);
  expect(cited.join('\n')).not.toContain(new URL(page.url()).host);
});
