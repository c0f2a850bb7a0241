// What the first search costs a reader: every Pagefind file the search page fetches for one query, counted
// as a server would send it, gzip-compressed (Pagefind's index, fragment and wasm files are gzip already and
// count as they are; its JavaScript is compressed here). Waits for the results so nothing is missed.
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export async function firstSearchBytes(
  browser: Browser,
  origin: string,
  query: string,
): Promise<{ bytes: number; files: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const sizes: Array<Promise<number>> = [];
    page.on('response', (response) => {
      if (!response.url().includes('/pagefind/')) return;
      sizes.push(
        response.body().then(
          (body) => (/\.(js|json)(\?|$)/.test(response.url()) ? gzipSync(body).length : body.length),
          () => 0,
        ),
      );
    });
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-search-results] li');
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(sizes);
    return { bytes: all.reduce((sum, n) => sum + n, 0), files: all.length };
  } finally {
    await context.close();
  }
}
