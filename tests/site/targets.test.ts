// Targets on the built site: every target in both languages and in the open data, with the same numbers,
// and a chart whose table holds the chart's numbers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';
import { useBrowser } from '../support/chromium.ts';
import { formatTargetValue, type TargetUnit } from '../../src/lib/targets/format.ts';

interface OpenTarget { id: string; kind: string; target_value: number | null; unit: TargetUnit | null; plan_wording_zh: string; figures: Array<{ sources: unknown[] }>; clause: string }
const json = JSON.parse(readFileSync('dist/data/targets.json', 'utf8')) as { targets: OpenTarget[] };
const targetFiles = readFileSync('dist/data/targets.csv', 'utf8');
const quantitative = json.targets.filter((t) => t.kind === 'quantitative');

describe('open data', () => {
  it('holds every target file of content/targets, fifteen of them quantitative', () => {
    expect(json.targets).toHaveLength(18);
    expect(quantitative).toHaveLength(15);
  });

  it('CSV starts with a byte-order mark and has a row for every target', () => {
    expect(targetFiles.charCodeAt(0)).toBe(0xfeff);
    for (const target of json.targets) expect(targetFiles).toContain(`\r\n${target.id},`);
  });

  it('CSV and JSON give the same target values', () => {
    const rows = targetFiles.slice(1).split('\r\n').filter(Boolean).slice(1);
    for (const target of quantitative) {
      const row = rows.find((r) => r.startsWith(`${target.id},`))!;
      expect(row).toContain(`,${target.target_value},${target.unit},`);
    }
  });

  it('gives every published figure at least one source', () => {
    expect(json.targets.flatMap((t) => t.figures).filter((f) => f.sources.length === 0)).toEqual([]);
  });
});

describe.each([['zh', ''], ['en', '/en']] as const)('targets pages (%s)', (lang, prefix) => {
  it('list every target with the value the plan gives, and link to its page', () => {
    const list = page(`${prefix}/targets/`);
    for (const target of quantitative) {
      expect(list.querySelector(`a[href="${prefix}/targets/${target.id}/"]`), target.id).not.toBeNull();
      expect(list.textContent).toContain(formatTargetValue(target.target_value!, target.unit!, lang));
    }
  });

  it.each(json.targets.map((t) => [t.id, t]))('%s page shows the same target value as the open data and links to its clause', (id, target) => {
    const doc = page(`${prefix}/targets/${id}/`);
    if (target.target_value !== null) expect(doc.querySelector('main')!.textContent).toContain(formatTargetValue(target.target_value, target.unit!, lang));
    expect(doc.querySelector(`a[href="${prefix}/plan/#${target.clause}"]`)).not.toBeNull();
  });

  it('says plainly that no official figure has been published where there is none', () => {
    expect(page(`${prefix}/targets/madrid-registrations/`).querySelector('main')!.textContent).toMatch(/暂无公开数据|No official figure published yet/);
  });
});

describe('the plan quotes each target verbatim', () => {
  it.each(json.targets.map((t) => [t.id, t.plan_wording_zh]))('%s', (_id, wording) => {
    expect(page('/plan/').querySelector('main')!.textContent).toContain(wording);
  });
});

describe('target chart in Chromium', () => {
  const { open } = useBrowser();

  it('draws the chart and its table holds exactly the chart numbers', async () => {
    const tab = await open('/targets/high-value-invention-patents/');
    const canvas = tab.locator('canvas[data-target-chart]');
    await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(0);
    const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
      const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      return pixels.some((v, i) => i % 4 === 3 && v > 0);
    });
    expect(painted).toBe(true);
    const chartValues = await tab.evaluate(() => {
      const data = JSON.parse(document.getElementById('chart-data-high-value-invention-patents')!.textContent!);
      return (data.series as Array<{ values: Array<number | null> }>).flatMap((s) => s.values).filter((v) => v !== null).sort();
    });
    const tableValues = await tab.locator('[data-chart-table] tbody tr').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.value)).sort());
    expect(tableValues).toEqual(chartValues);
    expect(tableValues).toEqual([15.3, 18, 9.4].sort());
    await tab.context().close();
  });

  it('lets a keyboard user step through the points and hear each one', async () => {
    const tab = await open('/en/targets/high-value-invention-patents/');
    await tab.focus('canvas[data-target-chart]');
    await tab.keyboard.press('ArrowRight');
    await expect.poll(() => tab.locator('[data-chart-announcer]').textContent()).toMatch(/December 2022: 9\.4 per 10,000 people/);
    await tab.context().close();
  });
});
