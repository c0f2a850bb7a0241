// Every chart on the built site as a reader without the picture meets it: a title, a summary in words, its
// sources with their dates, the same numbers as a table and a CSV download of them, in the page's language;
// and the courts' chart shows exactly the years and figures in content/court-cases/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileForUrl, page } from '../support/dist.ts';
import { chartPages } from '../support/chartPages.ts';
import type { ChartSpec } from '../../src/lib/charts/spec.ts';
import { LOCALE_INFO } from '../../src/i18n/localeTable.ts';

const CHARTS = chartPages().map(({ kind, path }) => [kind, path] as const);

describe.each([
  ['zh', ''],
  ['en', '/en'],
] as const)('charts (%s)', (lang, prefix) => {
  it.each(CHARTS)(
    '%s on %s has a title, a summary, dated sources, a table and a CSV of the same numbers',
    (kind, path) => {
      const doc = page(`${prefix}${path}`);
      const figure = doc.querySelector(`figure[data-chart="${kind}"]`)!;
      expect(figure, `a ${kind} chart`).not.toBeNull();
      expect(figure.querySelector('figcaption')!.textContent.trim()).not.toBe('');
      expect(figure.querySelector('.data-chart__summary')!.textContent.trim()).not.toBe('');
      const dates = figure.querySelectorAll('[data-chart-sources] time').map((t) => t.getAttribute('datetime')!);
      expect(dates.length).toBeGreaterThan(0);
      for (const date of dates) expect(Number.isNaN(Date.parse(date)), date).toBe(false);

      const spec = JSON.parse(figure.querySelector('script[type="application/json"]')!.textContent) as ChartSpec;
      expect(spec.locale).toBe(LOCALE_INFO[lang].intl);
      const values = spec.series.filter((s) => !s.derived).flatMap((s) => s.data.filter((d) => d !== null));
      expect(figure.querySelectorAll('[data-chart-value]')).toHaveLength(values.length);

      const canvas = figure.querySelector('canvas')!;
      expect(canvas.getAttribute('role')).toBe('img');
      expect(canvas.getAttribute('tabindex')).toBe('0');
      for (const id of canvas.getAttribute('aria-describedby')!.split(' '))
        expect(doc.querySelector(`#${id}`), id).not.toBeNull();

      const href = figure.querySelector('a[download]')!.getAttribute('href')!;
      expect(href).toBe(`${prefix}/data/charts/${spec.id}.csv`);
      expect(existsSync(fileForUrl(href)), href).toBe(true);
      const csv = readFileSync(fileForUrl(href), 'utf8')
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      // One line per row of the tables, under a header line.
      expect(csv).toHaveLength(figure.querySelectorAll('tbody tr').length + 1);
    },
  );

  it("shows every year of the courts' caseloads in content/court-cases/, with the figures as published", () => {
    const years = readdirSync('content/court-cases').map((f) => ({
      year: f.replace('.json', ''),
      ...(JSON.parse(readFileSync(`content/court-cases/${f}`, 'utf8')) as { accepted: number; concluded: number }),
    }));
    const rows = page(`${prefix}/progress/`).querySelectorAll('figure[data-chart="court-cases"] tbody tr');
    expect(
      rows.map((r) => [
        r.querySelector('th')!.textContent.replace(/\D/g, ''),
        ...r.querySelectorAll('[data-chart-value]').map((c) => Number(c.getAttribute('data-chart-value'))),
      ]),
    ).toEqual(years.sort((a, b) => a.year.localeCompare(b.year)).map((y) => [y.year, y.accepted, y.concluded]));
  });
});
