// Performance budgets on the built output (gzip): JavaScript loaded without interaction ≤ 15 KB on a page
// without a chart and ≤ 90 KB on a chart page; every page ≤ 200 KB in all. Chart.js only on chart pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, fileForUrl, pageUrls } from '../support/dist.ts';
import { BUDGETS, pageWeight } from '../../tools/pageWeight.ts';
import { chartPages as chartPagesFromContent } from '../support/chartPages.ts';
import { LOCALES, localePath } from '../../src/i18n/locales.ts';

const weights = pageUrls().map((url) => ({
  url,
  hasChart: readFileSync(fileForUrl(url), 'utf8').includes('data-chart-spec'),
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
    // The pages that draw a chart, as the content says (units, timetable, progress, targets with a national
    // benchmark or a Changzhou figure), once per language.
    expect(chartPages.map((w) => w.url).sort()).toEqual(
      chartPagesFromContent(DIST)
        .flatMap(({ path }) => LOCALES.map((lang) => localePath(lang, path, '/')))
        .sort(),
    );
    for (const w of chartPages) expect(loadsChartJs(w.scripts), w.url).toBe(true);
    for (const w of weights.filter((x) => !x.hasChart)) expect(loadsChartJs(w.scripts), w.url).toBe(false);
  });
});
