// "Who does what": for every responsible unit, how many of the plan's measures it leads and how many it
// joins, counted from the 责任单位 lists of 四、重点任务 (the unit named first leads, see units.ts).
// The plan's own data, exact; the units with most measures come first.
import { typographyOf, type Lang, inLang } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/t.ts';
import { PLAN_ISSUED, PLAN_TITLE } from '../plan/facts.ts';
import type { UnitRow } from '../plan/units.ts';
import { LOCALE_INFO } from '../../i18n/localeTable.ts';
import type { ChartView } from './spec.ts';
import { countFormat, formatValue } from './valueFormat.ts';
import { fillSlots } from './words.ts';
import { formatList } from '../format/list.ts';

export const RESPONSIBILITIES_CHART = 'responsibilities';

export function responsibilitiesChart(rows: UnitRow[], measureCount: number, lang: Lang): ChartView {
  const t = useTranslations(lang);
  const format = countFormat(
    lang,
    typographyOf(lang) === 'cjk' ? { other: '{n}项' } : { one: '{n} measure', other: '{n} measures' },
  );
  const count = (n: number) => formatValue(format, n);
  const sorted = rows
    .map((row, order) => ({ ...row, order, total: row.leads.length + row.joins.length }))
    .sort((a, b) => b.leads.length - a.leads.length || b.total - a.total || a.order - b.order);
  const names = sorted.map((r) => inLang(r.unit, lang));
  // The units with the most (and the next most) measures, all of them when several share a count.
  const top = (counts: number[]) => {
    const value = Math.max(...counts);
    const units = sorted.filter((_, i) => counts[i] === value).map((r) => inLang(r.unit, lang));
    const text = units.length > 1 ? fillSlots(t('charts.each'), { n: count(value) }) : count(value);
    return { value, names: formatList(units, lang), text };
  };
  const leads = sorted.map((r) => r.leads.length);
  const leaders = top(leads);
  const seconds = top(leads.map((n) => (n < leaders.value ? n : -1)));
  const joiners = top(sorted.map((r) => r.joins.length));
  const number = new Intl.NumberFormat(LOCALE_INFO[lang].intl);
  const source = fillSlots(t('charts.units.source'), { title: inLang(PLAN_TITLE, lang) });
  return {
    title: t('charts.units.title'),
    summary: fillSlots(t('charts.units.summary'), {
      measures: number.format(measureCount),
      units: number.format(rows.length),
      leaders: leaders.names,
      leads: leaders.text,
      seconds: seconds.names,
      next: seconds.text,
      joiners: joiners.names,
      joins: joiners.text,
    }),
    sources: [{ text: source, date: PLAN_ISSUED }],
    spec: {
      id: RESPONSIBILITIES_CHART,
      kind: 'responsibilities',
      type: 'bar',
      indexAxis: 'y',
      stacked: true,
      categories: names,
      series: [
        { role: 'lead', label: t('charts.units.leads'), data: sorted.map((r) => r.leads.length), at: names },
        { role: 'join', label: t('charts.units.joins'), data: sorted.map((r) => r.joins.length), at: names },
      ],
      valueAxis: { min: 0, title: t('charts.units.valueAxis') },
      indexAxisTitle: t('charts.units.indexAxis'),
      marks: [],
      directLabels: true,
      format,
      locale: LOCALE_INFO[lang].intl,
    },
    table: {
      caption: t('charts.units.table'),
      columns: [t('charts.units.indexAxis'), t('charts.units.leads'), t('charts.units.joins'), t('charts.total')],
      rows: sorted.map((r) => ({
        header: inLang(r.unit, lang),
        cells: [
          { text: count(r.leads.length), value: r.leads.length },
          { text: count(r.joins.length), value: r.joins.length },
          { text: count(r.total) },
        ],
      })),
    },
    csv: [
      [
        t('charts.units.indexAxis'),
        t('charts.units.leads'),
        t('charts.units.joins'),
        t('charts.total'),
        t('charts.source'),
      ],
      ...sorted.map((r) => [
        inLang(r.unit, lang),
        String(r.leads.length),
        String(r.joins.length),
        String(r.total),
        source,
      ]),
    ],
  };
}
