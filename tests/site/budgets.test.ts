// Performance budgets on the built output (gzip): JavaScript loaded without interaction ≤ 15 KB on a page
// without a chart and ≤ 90 KB on a chart page; every page ≤ 200 KB in all. Chart.js only on chart pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, fileForUrl, pageUrls } from '../support/dist.ts';
import { BUDGETS, pageWeight } from '../../tools/pageWeight.ts';

const weights = pageUrls().map((url) => ({
  url,
  hasChart: readFileSync(fileForUrl(url), 'utf8').includes('data-target-chart'),
  ...pageWeight(DIST, fileForUrl(url), url),
}));
// `_chartjs` is the property Chart.js attaches to the data arrays it watches: present in any Chart.js build.
const loadsChartJs = (scripts: string[]) =>
  scripts.some((file) => readFileSync(`${DIST}${file}`, 'utf8').includes('_chartjs'));

describe('performance budgets', () => {
  it.each(weights.map((w) => [w.url, w]))('%s is within its JavaScript and total budgets', (_url, w) => {
    expect(w.js).toBeLessThanOrEqual(w.hasChart ? BUDGETS.jsWithChart : BUDGETS.jsWithoutChart);
    expect(w.total).toBeLessThanOrEqual(BUDGETS.total);
  });

  it('loads Chart.js on chart pages and on no other page', () => {
    const chartPages = weights.filter((w) => w.hasChart);
    // A chart is drawn only for a target with a published Changzhou figure, once per language.
    const charted = (
      JSON.parse(readFileSync(`${DIST}/data/targets.json`, 'utf8')) as { targets: Array<{ figures: unknown[] }> }
    ).targets.filter((t) => t.figures.length > 0);
    expect(chartPages.length).toBe(charted.length * 2);
    for (const w of chartPages) expect(loadsChartJs(w.scripts), w.url).toBe(true);
    for (const w of weights.filter((x) => !x.hasChart)) expect(loadsChartJs(w.scripts), w.url).toBe(false);
  });
});
