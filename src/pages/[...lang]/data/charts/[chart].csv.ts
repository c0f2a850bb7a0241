// /data/charts/<chart>.csv and /en/data/charts/<chart>.csv: each chart's numbers, in the page's language,
// for the download link under the chart.
import type { APIRoute, GetStaticPaths } from 'astro';
import { allChartViews } from '../../../../data/charts.ts';
import { csvText } from '../../../../lib/charts/csv.ts';
import { DEFAULT_LANG, LOCALES } from '../../../../i18n/locales.ts';

export const getStaticPaths = (async () =>
  (
    await Promise.all(
      LOCALES.map(async (lang) =>
        (await allChartViews(lang)).map((view) => ({
          params: { lang: lang === DEFAULT_LANG ? undefined : lang, chart: view.spec.id },
          props: { rows: view.csv },
        })),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute<{ rows: string[][] }> = ({ props }) =>
  new Response(csvText(props.rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
