// Target progress, on the editors' copy built before the plan's end (tests/support/editorsCopy.ts): once a
// record publishes Changzhou figures for a target (the fixture's made-up figures), its page draws them with
// the target line, the deadline, the straight path of the status rule and the national figures apart, and
// says the status the rule gives, in both languages.
import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures.ts';
import { plain, readChart } from '../charts.ts';
import { BASE } from './site.ts';
import { EDITORS_CHANGES } from '../../support/editorsChanges.ts';
import { computeTargetStatus } from '../../../src/lib/targets/status.ts';
import { useTranslations } from '../../../src/i18n/t.ts';
const fixture = JSON.parse(readFileSync(EDITORS_CHANGES.snapshotFigures, 'utf8')) as {
  target: string;
  figures: Array<{ value: number; asOf: string }>;
};
const target = JSON.parse(readFileSync(`content/targets/${fixture.target}.json`, 'utf8'));
const buildDay = (JSON.parse(readFileSync('tests/fixtures/build-dates.json', 'utf8')) as Record<string, string>)
  .beforePlanPeriod;
const status = computeTargetStatus(
  { target: target.value, deadline: target.deadline, figures: fixture.figures },
  new Date(`${buildDay}T00:00:00Z`),
);

for (const [lang, prefix] of [
  ['zh', ''],
  ['en', '/en'],
] as const)
  test.describe(`target progress (${lang})`, () => {
    const t = useTranslations(lang);

    test("draws Changzhou's figures, the target, the rule's path and the national figures apart, with the status", async ({
      sharedTab,
    }) => {
      const page = await sharedTab('base progress chart', { viewport: { width: 800, height: 900 } });
      await page.goto(`${BASE}${prefix}/targets/${fixture.target}/`);
      const figure = 'figure[data-chart="target-progress"]';
      const chart = await readChart(page, figure);
      expect(chart.series.map((s) => s.role)).toEqual(['changzhou', 'target', 'national', 'path']);
      for (const series of chart.series) expect(series.pixels, `${series.label} is drawn`).toBeGreaterThan(20);
      const changzhou = chart.series.find((s) => s.role === 'changzhou')!;
      expect(changzhou.label).toBe(t('targets.figures'));
      expect(chart.announced.filter((a) => a.series === changzhou.label)).toHaveLength(fixture.figures.length);
      // Every value the chart holds is in its tables, and the path (worked out from them) is not read out twice.
      expect(chart.announced.map((a) => plain(a.value)).sort()).toEqual(chart.table.map(plain).sort());
      expect(chart.marks).toHaveLength(2);
      const summary = (await page.locator(`${figure} .data-chart__summary`).textContent())!;
      expect(plain(summary)).toContain(plain(t(`status.${status}`)));
      expect(plain(summary)).not.toContain(plain(t('charts.target.summaryNoFigure').split('{')[0]));
    });
  });
