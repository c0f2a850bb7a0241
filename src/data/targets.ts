// Targets joined with the figures and assessments published in progress snapshots, and their status.
import { SOURCE_LANG, inLang, localePath } from '../i18n/locales.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { computeTargetStatus, latestFigure, statusCounts, type TargetStatus } from '../lib/targets/status.ts';
import { buildChartData, contextRows, type ChartData, type ChartPoint } from '../lib/targets/chartData.ts';
import type { Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/t.ts';
import type { Source } from '../lib/schemas/common.ts';
import { BUILD_DATE } from './buildDate.ts';
import { planClauses } from './plan.ts';
import { clauseRef } from '../lib/plan/clauseRef.ts';
import { resolveMeasureUnits, unitAnchor } from '../lib/plan/units.ts';
import { planSourceLine, targetChart } from '../lib/charts/targetChart.ts';
import type { ChartView } from '../lib/charts/spec.ts';
import type { PublishedFigure, TargetView } from '../lib/targets/view.ts';
import { snapshotViews } from './progress.ts';
import { sharedCheck } from '../lib/targets/checked.ts';

export type { PublishedFigure, TargetView };

export type TargetEntry = CollectionEntry<'targets'>;

export async function targetViews(): Promise<TargetView[]> {
  const [targets, snapshots] = await Promise.all([getCollection('targets'), getCollection('progress')]);
  return targets.map((entry) => {
    const figures = snapshots.flatMap((s) =>
      s.data.figures
        .filter((f) => f.target === entry.id)
        .map((f) => ({ value: f.value, asOf: f.asOf, snapshot: s.id, sources: s.data.sources })),
    );
    const assessments = snapshots.flatMap((s) => s.data.assessments.filter((a) => a.target === entry.id));
    const data = entry.data;
    const status: TargetStatus =
      data.kind === 'quantitative'
        ? computeTargetStatus(
            { target: data.value, deadline: data.deadline, baseline: data.baseline, figures },
            BUILD_DATE,
          )
        : ([...assessments].sort((a, b) => a.asOf.localeCompare(b.asOf)).at(-1)?.status ?? 'no-data');
    return {
      entry,
      figures: figures.sort((a, b) => a.asOf.localeCompare(b.asOf)),
      latest: latestFigure(figures) as PublishedFigure | undefined,
      status,
    };
  });
}

/** A target page: the table of Changzhou's target and figures, the national references as context rows of
 *  their own, the chart of both (national titled as such), every source it cites, and the plan clause by name. */
export interface TargetPageView {
  chart?: ChartData;
  chartView?: ChartView;
  context: ChartPoint[];
  sources: Source[];
  clauseName: string;
  /** The units the plan makes responsible for the target's clause (its 责任单位, the first leading), linked to
   *  the units page; [] for a clause that names none (the goals of Part III). */
  units: { name: string; href: string }[];
}

export async function targetPageView(view: TargetView, lang: Lang): Promise<TargetPageView> {
  const t = useTranslations(lang);
  const data = view.entry.data;
  const chart =
    data.kind === 'quantitative'
      ? buildChartData(
          {
            unit: data.unit,
            target: {
              value: data.value,
              asOf: data.deadline,
              label: t('targets.targetLine'),
              source: planSourceLine(lang),
            },
            figures: view.figures.map((f) => ({
              value: f.value,
              asOf: f.asOf,
              sources: f.sources,
            })),
            figureLabel: t('targets.figures'),
            baseline: data.baseline && {
              value: data.baseline.value,
              asOf: data.baseline.asOf,
              label: t('charts.target.baseline'),
              source: data.baseline.source.title,
            },
          },
          lang,
        )
      : undefined;
  const context =
    data.kind === 'quantitative'
      ? contextRows(
          data.benchmarks.map((b) => ({
            value: b.value,
            asOf: b.asOf,
            label: inLang(b.label, lang),
            sources: [b.source],
          })),
          data.unit,
          lang,
        )
      : [];
  const [shown, source, glossary] = await Promise.all([
    planClauses(lang),
    planClauses(SOURCE_LANG),
    getCollection('units'),
  ]);
  const clauseText = shown.find((c) => c.id === data.clause)?.text;
  const measure = source.find((c) => c.id === data.clause);
  const units = measure
    ? resolveMeasureUnits(
        measure,
        glossary.map((u) => u.data),
      ).map((unit) => ({
        name: inLang(unit, lang),
        href: `${localePath(lang, '/plan/units/')}#${unitAnchor(unit.id)}`,
      }))
    : [];
  const sources = [
    ...(data.kind === 'quantitative' && data.baseline ? [data.baseline.source] : []),
    ...view.figures.flatMap((f) => f.sources),
    ...(data.kind === 'quantitative' ? data.benchmarks.map((b) => b.source) : []),
  ];
  const chartView =
    chart && data.kind === 'quantitative'
      ? targetChart(
          {
            id: view.entry.id,
            name: inLang(data.name, lang),
            unit: data.unit,
            deadline: data.deadline,
            status: view.status,
            data: chart,
            context,
            sources,
          },
          lang,
        )
      : undefined;
  return { chart, chartView, context, clauseName: clauseRef(data.clause, clauseText, lang), sources, units };
}

export const TARGET_GROUP_ORDER = ['creation', 'utilisation', 'protection', 'service'] as const;

/** /targets/: the quantitative targets by the plan's groups, the qualitative ones, the count per status and in all,
 *  and the cross-border ones in the order the page lists them (a foreign investor's or exporter's short list). */
export async function targetsOverview() {
  const views = await targetViews();
  const groups = TARGET_GROUP_ORDER.map((group) => ({
    group,
    quantitative: views.filter((v) => v.entry.data.group === group && v.entry.data.kind === 'quantitative'),
  }));
  const qualitative = views.filter((v) => v.entry.data.kind === 'qualitative');
  return {
    groups,
    qualitative,
    crossBorder: [...groups.flatMap((g) => g.quantitative), ...qualitative].filter((v) => v.entry.data.crossBorder),
    counts: statusCounts(views.map((v) => v.status)),
    total: views.length,
    /** The search every target without a figure records, when it is one search: the list says it once. */
    noDataCheck: sharedCheck(views.filter((v) => v.status === 'no-data').map((v) => v.entry.data.checked)),
  };
}

/** Each target's name in one language, by id: figures and records name a target by its title, never its id. */
export async function targetNames(lang: Lang): Promise<Map<string, string>> {
  return new Map((await targetViews()).map((v) => [v.entry.id, inLang(v.entry.data.name, lang)]));
}

/** The progress item on the city's white paper for 2023 (《2023年度常州市知识产权发展与保护状况》, released at the
 *  IP protection conference of 25 April 2024): where Changzhou has reported on IP in the city, so where a reader
 *  looks for a figure this site has not got. Named by its file: no field of a progress item marks a report. */
const CITY_REPORT = '2024-04-25-ip-protection-conference';

/** The city's report as a target page or the list links it: its title in `lang`, its page and its date. */
export async function cityReport(lang: Lang): Promise<{ title: string; href: string; date: string }> {
  const report = (await snapshotViews(lang)).find((s) => s.slug === CITY_REPORT);
  if (!report)
    throw new Error(
      `content/progress/${SOURCE_LANG}/${CITY_REPORT}.md 不存在:目标页指向这份白皮书的进展条目,请在 src/data/targets.ts 的 CITY_REPORT 中改为它的新文件名 / ` +
        `content/progress/${SOURCE_LANG}/${CITY_REPORT}.md is missing: target pages point to this white paper's progress item; set CITY_REPORT in src/data/targets.ts to its new file name`,
    );
  return { title: report.title, href: localePath(lang, `/progress/${report.slug}/`), date: report.record.data.date };
}
