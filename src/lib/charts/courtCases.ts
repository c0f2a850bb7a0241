// Changzhou court IP caseloads: cases accepted and concluded per year, as the courts published them
// (content/court-cases/<year>.json). The chart grows by a pair of bars when an editor adds a year.
import { typographyOf, type Lang, inLang } from '../../i18n/locales.ts';
import { LOCALE_INFO } from '../../i18n/localeTable.ts';
import { useTranslations } from '../../i18n/t.ts';
import type { CourtCaseYear } from '../schemas/courtCases.ts';
import { formatAsOf } from '../targets/format.ts';
import { sourceLine } from '../sources/cite.ts';
import type { ChartView } from './spec.ts';
import { countFormat, formatValue } from './valueFormat.ts';
import { fillSlots } from './words.ts';

export const COURT_CASES_CHART = 'court-ip-cases';

export interface CourtCaseInput extends CourtCaseYear {
  year: number;
}

export function courtCasesChart(input: CourtCaseInput[], lang: Lang): ChartView {
  const t = useTranslations(lang);
  const years = [...input].sort((a, b) => a.year - b.year);
  const format = countFormat(
    lang,
    typographyOf(lang) === 'cjk' ? { other: '{n}件' } : { one: '{n} case', other: '{n} cases' },
  );
  const count = (n: number) => formatValue(format, n);
  const yearLabel = (y: CourtCaseInput) => formatAsOf(String(y.year), lang);
  const labels = years.map(yearLabel);
  const columns = [t('charts.courts.year'), t('charts.courts.accepted'), t('charts.courts.concluded')];
  const source = (y: CourtCaseInput) => sourceLine(y.source, lang);
  return {
    title: t('charts.courts.title'),
    summary: years
      .map((y) =>
        fillSlots(t('charts.courts.summaryYear'), {
          year: yearLabel(y),
          accepted: count(y.accepted),
          concluded: count(y.concluded),
        }),
      )
      .join(typographyOf(lang) === 'cjk' ? '' : ' '),
    note: t('charts.courts.note'),
    sources: years.map((y) => ({
      ...source(y),
      text: `${yearLabel(y)}: ${source(y).text}${y.confidence === 'M' ? ` (${t('charts.courts.copy')})` : ''}`,
      url: y.source.url,
      date: y.source.date,
    })),
    spec: {
      id: COURT_CASES_CHART,
      kind: 'court-cases',
      type: 'bar',
      indexAxis: 'x',
      stacked: false,
      categories: labels,
      series: [
        { role: 'accepted', label: t('charts.courts.accepted'), data: years.map((y) => y.accepted), at: labels },
        { role: 'concluded', label: t('charts.courts.concluded'), data: years.map((y) => y.concluded), at: labels },
      ],
      valueAxis: { min: 0, title: t('charts.courts.valueAxis') },
      indexAxisTitle: t('charts.courts.year'),
      marks: [],
      directLabels: true,
      format,
      locale: LOCALE_INFO[lang].intl,
    },
    table: {
      caption: t('charts.courts.table'),
      columns: [...columns, t('charts.courts.scope')],
      rows: years.map((y) => ({
        header: yearLabel(y),
        cells: [
          { text: count(y.accepted), value: y.accepted },
          { text: count(y.concluded), value: y.concluded },
          { text: inLang(y.scope, lang) },
        ],
        source: { ...source(y), url: y.source.url, date: y.source.date },
      })),
    },
    csv: [
      [
        ...columns,
        t('charts.courts.scope'),
        t('charts.courts.quote'),
        t('charts.source'),
        t('charts.sourceDate'),
        'URL',
      ],
      ...years.map((y) => [
        String(y.year),
        String(y.accepted),
        String(y.concluded),
        inLang(y.scope, lang),
        y.quote,
        source(y).text,
        y.source.date,
        y.source.url ?? '',
      ]),
    ],
  };
}
