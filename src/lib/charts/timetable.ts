// "When": the four phases of 五、时序进度 drawn to scale as bars on a time axis, with today (the build date)
// and the end of the plan's period marked, each phase shown as finished, in progress or not started.
import { type Lang, inLang } from '../../i18n/locales.ts';
import { LOCALE_INFO } from '../../i18n/localeTable.ts';
import { useTranslations } from '../../i18n/t.ts';
import { PLAN_ISSUED, PLAN_PERIOD, PLAN_TITLE } from '../plan/facts.ts';
import type { PhaseState, TimelinePhase } from '../plan/phases.ts';
import { phaseName } from '../plan/summary.ts';
import { formatAsOf } from '../targets/format.ts';
import type { ChartSeries, ChartView } from './spec.ts';
import { dayTime, endOfMonthTime, timeRange, yearTicks } from './timeAxis.ts';
import { formatValue, monthNumber, monthsFormat } from './valueFormat.ts';
import { fillSlots } from './words.ts';

export const TIMETABLE_CHART = 'timetable';

const STATES: PhaseState[] = ['past', 'current', 'future'];

export function timetableChart(phases: TimelinePhase[], today: string, lang: Lang): ChartView {
  const t = useTranslations(lang);
  const format = monthsFormat(lang);
  const stateLabel = { past: t('timeline.past'), current: t('timeline.current'), future: t('timeline.future') };
  const spans = phases.map((p) => [monthNumber(p.start), endOfMonthTime(p.end)] as [number, number]);
  const names = phases.map((p) => phaseName(p.text));
  // Each bar names its state in words too, so the colour is never the only way to tell.
  const categories = names.map(
    (name, i) => `${name}${fillSlots(t('charts.timetable.stateLine'), { state: stateLabel[phases[i].state] })}`,
  );
  const todayAt = dayTime(today);
  const periodEnd = endOfMonthTime(PLAN_PERIOD.end);
  const range = timeRange([...spans.flat(), todayAt]);
  const series: ChartSeries[] = STATES.filter((state) => phases.some((p) => p.state === state)).map((state) => ({
    role: `phase-${state}`,
    label: stateLabel[state],
    data: phases.map((p, i) => (p.state === state ? spans[i] : null)),
    at: phases.map((p, i) => (p.state === state ? names[i] : null)),
  }));
  const current = phases.findIndex((p) => p.state === 'current');
  const todayText = formatAsOf(today, lang);
  const summary =
    current >= 0
      ? fillSlots(t('charts.timetable.summaryDuring'), {
          today: todayText,
          phase: names[current],
          until: formatAsOf(phases[current].end, lang),
        })
      : todayAt >= periodEnd
        ? fillSlots(t('charts.timetable.summaryAfter'), { today: todayText })
        : fillSlots(t('charts.timetable.summaryBefore'), { today: todayText });
  const source = fillSlots(t('charts.timetable.source'), { title: inLang(PLAN_TITLE, lang) });
  const columns = [t('charts.timetable.phase'), t('charts.timetable.dates'), t('charts.timetable.state')];
  return {
    title: t('charts.timetable.title'),
    summary: fillSlots(t('charts.timetable.summary'), {
      count: new Intl.NumberFormat(LOCALE_INFO[lang].intl).format(phases.length),
      span: formatValue(format, [spans[0][0], spans.at(-1)![1]]),
    }).concat(summary),
    sources: [{ text: source, date: PLAN_ISSUED }],
    spec: {
      id: TIMETABLE_CHART,
      kind: 'timetable',
      type: 'bar',
      indexAxis: 'y',
      stacked: false,
      categories,
      series,
      time: { ...range, ticks: yearTicks(range, lang) },
      valueAxis: { ...range, title: t('charts.timetable.valueAxis') },
      indexAxisTitle: t('charts.timetable.phase'),
      marks: [
        {
          role: 'period-end',
          axis: 'x',
          at: periodEnd,
          label: fillSlots(t('charts.timetable.periodEnd'), { month: formatAsOf(PLAN_PERIOD.end, lang) }),
        },
        { role: 'today', axis: 'x', at: todayAt, label: fillSlots(t('charts.timetable.today'), { date: todayText }) },
      ],
      directLabels: false,
      format,
      locale: LOCALE_INFO[lang].intl,
    },
    table: {
      caption: t('charts.timetable.table'),
      columns,
      rows: phases.map((p, i) => ({
        header: names[i],
        cells: [
          { text: formatValue(format, spans[i]), value: spans[i][1] - spans[i][0] },
          { text: stateLabel[p.state] },
        ],
      })),
    },
    csv: [
      [...columns, t('charts.timetable.startMonth'), t('charts.timetable.endMonth'), t('charts.source')],
      ...phases.map((p, i) => [names[i], formatValue(format, spans[i]), stateLabel[p.state], p.start, p.end, source]),
    ],
  };
}
