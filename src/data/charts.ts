// Route data for the charts: each chart's view built once per language from the collections, for the pages
// that draw them and for their CSV downloads (/data/charts/<id>.csv, /en/data/charts/<id>.csv).
import { getCollection } from 'astro:content';
import { SOURCE_LANG, localePath, type Lang } from '../i18n/locales.ts';
import { unitMatrix } from '../lib/plan/units.ts';
import { responsibilitiesChart } from '../lib/charts/responsibilities.ts';
import { timetableChart } from '../lib/charts/timetable.ts';
import { courtCasesChart } from '../lib/charts/courtCases.ts';
import type { ChartView } from '../lib/charts/spec.ts';
import { planClauses } from './plan.ts';
import { timelineView } from './timeline.ts';
import { targetPageView, targetViews } from './targets.ts';

export async function responsibilitiesChartView(lang: Lang): Promise<ChartView> {
  const measures = (await planClauses(SOURCE_LANG)).filter((c) => c.kind === 'measure');
  const units = (await getCollection('units')).map((u) => u.data);
  return responsibilitiesChart(unitMatrix(measures, units), measures.length, lang);
}

export async function timetableChartView(lang: Lang): Promise<ChartView> {
  const { phases, today } = await timelineView(lang);
  return timetableChart(phases, today, lang);
}

export async function courtCasesChartView(lang: Lang): Promise<ChartView> {
  const years = (await getCollection('courtCases')).map((entry) => ({ ...entry.data, year: Number(entry.id) }));
  return courtCasesChart(years, lang);
}

/** Every chart the site draws in a language, for the CSV downloads. */
export async function allChartViews(lang: Lang): Promise<ChartView[]> {
  const targets = await Promise.all(
    (await targetViews()).map(async (view) => (await targetPageView(view, lang)).chartView),
  );
  return [
    await responsibilitiesChartView(lang),
    await timetableChartView(lang),
    await courtCasesChartView(lang),
    ...targets.filter((view) => view !== undefined),
  ];
}

/** Each chart's CSV download, named by the chart's title, for the open-data page's list. */
export async function chartDownloads(lang: Lang): Promise<Array<{ title: string; href: string }>> {
  return (await allChartViews(lang)).map((view) => ({
    title: view.title,
    href: localePath(lang, `/data/charts/${view.spec.id}.csv`),
  }));
}
