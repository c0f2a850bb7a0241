// The first search is light: everything Pagefind fetches for a typical first query (the script, the wasm,
// the index chunks and the result fragments), gzip-compressed as a server sends it, stays within budget.
import { expect, test } from './fixtures.ts';
import { firstSearchBytes } from '../../tools/searchPayload.ts';
import { BUDGETS } from '../../tools/pageWeight.ts';

test.describe('the first search', () => {
  test(`fetches at most ${BUDGETS.firstSearch / 1024} KB (gzip) for 保护中心`, async ({ browser, origin }) => {
    const { bytes, files } = await firstSearchBytes(browser, origin, '保护中心');
    console.log(`first search (保护中心): ${(bytes / 1024).toFixed(1)} KB in ${files} files`);
    expect(files).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.firstSearch);
  });
});
