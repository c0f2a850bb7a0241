// A target's chart on a time axis: Changzhou's target at its deadline (and as a line across), its baseline
// and published figures with the status rule's straight path, and national figures as a series of their own,
// grey, dotted and titled as national, so nobody reads them as Changzhou's. Without a Changzhou figure the
// chart is "national context"; with one it is "target progress".
import { type Lang, inLang } from '../../i18n/locales.ts';
import { LOCALE_INFO } from '../../i18n/localeTable.ts';
import { useTranslations } from '../../i18n/t.ts';
import { PLAN_ISSUED, PLAN_PERIOD, PLAN_TITLE } from '../plan/facts.ts';
import type { Source } from '../schemas/common.ts';
import type { ChartData, ChartPoint } from '../targets/chartData.ts';
import { formatAsOf, targetValueFormat, type TargetUnit } from '../targets/format.ts';
import type { TargetStatus } from '../targets/status.ts';
import { formatList } from '../format/list.ts';
import type { ChartSeries, ChartView, SeriesRole } from './spec.ts';
import { endOfMonthTime, pointTime, timeRange, yearTicks } from './timeAxis.ts';
import { monthNumber } from './valueFormat.ts';
import { fillSlots } from './words.ts';
import { citeSource, sourceLine } from '../sources/cite.ts';

export interface TargetChartInput {
  id: string;
  name: string;
  unit: TargetUnit;
  deadline: string;
  status: TargetStatus;
  /** The target, baseline and Changzhou figures (buildChartData), and the national rows (contextRows). */
  data: ChartData;
  context: ChartPoint[];
  sources: Source[];
}

const ROLE: Record<ChartPoint['series'], SeriesRole> = {
  target: 'target',
  baseline: 'baseline',
  figure: 'changzhou',
  benchmark: 'national',
};

/** Where a point is drawn: the target at the end of its deadline month, the others mid-period. */
const timeOf = (p: ChartPoint) => (p.series === 'target' ? endOfMonthTime(p.asOf) : pointTime(p.asOf));

/** The source of every target's value: the plan's Part III, named in the reader's language. */
export function planSourceLine(lang: Lang): string {
  return fillSlots(useTranslations(lang)('charts.target.planSource'), { title: inLang(PLAN_TITLE, lang) });
}

export function targetChart(input: TargetChartInput, lang: Lang): ChartView | undefined {
  const t = useTranslations(lang);
  const own = input.data.points;
  const figures = own.filter((p) => p.series === 'figure');
  if (figures.length === 0 && input.context.length === 0) return undefined;
  const kind = figures.length > 0 ? 'target-progress' : 'national-context';
  const target = own.find((p) => p.series === 'target')!;
  const national = [...new Set(input.context.map((p) => p.seriesLabel))];
  const nationalLabel = (label: string) =>
    national.length > 1 ? `${t('charts.target.national')}: ${label}` : t('charts.target.national');
  const groups = new Map<string, { role: SeriesRole; label: string; points: ChartPoint[] }>();
  for (const p of [...own, ...input.context]) {
    const role = ROLE[p.series];
    const label = role === 'national' ? nationalLabel(p.seriesLabel) : p.seriesLabel;
    const group = groups.get(`${role}|${label}`) ?? { role, label, points: [] };
    group.points.push(p);
    groups.set(`${role}|${label}`, group);
  }
  const series: ChartSeries[] = [...groups.values()].map((g) => ({
    role: g.role,
    label: g.label,
    data: g.points.map((p) => ({ x: timeOf(p), y: p.value })),
    at: g.points.map((p) => p.when),
    // National points say so where they are drawn: at a glance, a point beside Changzhou's target line is not Changzhou's.
    ...(g.role === 'national' && { pointLabel: t('charts.target.nationalPoint') }),
  }));
  // The status rule's straight path: from the baseline (or the first figure) to the target at its deadline.
  const start = own.find((p) => p.series === 'baseline') ?? figures[0];
  if (start)
    series.push({
      role: 'path',
      label: t('charts.target.path'),
      data: [start, target].map((p) => ({ x: timeOf(p), y: p.value })),
      at: [start.when, target.when],
      derived: true,
    });
  const deadline = endOfMonthTime(input.deadline);
  const range = timeRange([monthNumber(PLAN_PERIOD.start), deadline, ...[...own, ...input.context].map(timeOf)]);
  const at = (p: ChartPoint) => fillSlots(t('charts.target.atValue'), { when: p.when, value: p.display });
  const nationalText = formatList(input.context.map(at), lang);
  // One national point is a triangle, not a dotted line of them: the words follow the drawing.
  const one = input.context.length === 1 ? 'One' : '';
  const latest = figures.at(-1);
  const goal = fillSlots(t('charts.target.summaryGoal'), {
    deadline: formatAsOf(input.deadline, lang),
    target: target.display,
  });
  const summary =
    kind === 'national-context'
      ? `${goal}${fillSlots(t(`charts.target.summaryNoFigure${one}`), { national: nationalText })}`
      : `${goal}${fillSlots(t('charts.target.summaryLatest'), {
          latest: latest!.display,
          when: latest!.when,
          status: t(`status.${input.status}`),
        })}${input.context.length ? fillSlots(t(`charts.target.summaryNationalToo${one}`), { national: nationalText }) : ''}`;
  const planSource = planSourceLine(lang);
  const csvRow = (p: ChartPoint) => [
    p.series === 'benchmark' ? nationalLabel(p.seriesLabel) : p.seriesLabel,
    p.asOf,
    String(p.value),
    p.display,
    p.sources?.length ? p.sources.map((source) => citeSource(source, lang).title).join('; ') : (p.sourceText ?? ''),
  ];
  return {
    title: fillSlots(t(kind === 'national-context' ? 'charts.target.titleNational' : 'charts.target.titleProgress'), {
      name: input.name,
    }),
    summary,
    note: input.context.length ? t(`charts.target.nationalNote${one}`) : undefined,
    sources: [
      { text: planSource, date: PLAN_ISSUED },
      ...new Map(
        input.sources.map((s) => [`${s.title}|${s.date}`, { ...sourceLine(s, lang), url: s.url, date: s.date }]),
      ).values(),
    ],
    spec: {
      id: `target-${input.id}`,
      kind,
      type: 'line',
      indexAxis: 'x',
      stacked: false,
      categories: [],
      series,
      time: { ...range, ticks: yearTicks(range, lang) },
      valueAxis: { min: 0, title: input.name },
      indexAxisTitle: t('charts.target.timeAxis'),
      marks: [
        {
          role: 'deadline',
          axis: 'x',
          at: deadline,
          label: fillSlots(t('charts.target.deadline'), { deadline: formatAsOf(input.deadline, lang) }),
        },
        {
          role: 'target',
          axis: 'y',
          at: target.value,
          label: fillSlots(t('charts.target.targetMark'), { target: target.display }),
        },
      ],
      directLabels: false,
      format: targetValueFormat(input.unit, lang),
      locale: LOCALE_INFO[lang].intl,
    },
    csv: [
      [t('targets.series'), t('targets.asOf'), t('targets.value'), t('charts.written'), t('targets.source')],
      ...own.map(csvRow),
      ...input.context.map(csvRow),
    ],
  };
}
