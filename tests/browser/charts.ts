// Reads a drawn chart in Chromium as a reader meets it: how much of each series' colour the canvas shows,
// its key and axis titles, every value the arrow keys read out from the chart itself, and the value cells of
// its table. Shared by the chart tests of dist/ and of the editors' copy (dist-base/, base/charts.spec.ts).
import { expect, type Page } from '@playwright/test';

export interface DrawnChart {
  /** Per series in the key: its label and how many canvas pixels have its colour. */
  series: Array<{ label: string; role: string; color: string; pixels: number }>;
  marks: string[];
  axes: string[];
  /** What the arrow keys read out, one entry per value: the series and the value as written. */
  announced: Array<{ series: string; value: string }>;
  /** The value cells of the chart's table(s), as written. */
  table: string[];
}

/** Text as compared: full-width and half-width forms alike, no spaces. */
export const plain = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Scrolls to the chart, as a reader does (its code loads when it comes near the screen), and waits until the
 *  canvas has painted pixels (a blank canvas is all transparent), as long as a busy machine may need; a chart
 *  that is never drawn fails. */
export async function waitForDrawing(page: Page, figure: string): Promise<void> {
  const canvas = page.locator(`${figure} canvas`);
  await canvas.scrollIntoViewIfNeeded();
  await expect
    .poll(
      () =>
        canvas.evaluate((c: HTMLCanvasElement) => {
          const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          let painted = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
          return painted;
        }),
      { timeout: 20_000 },
    )
    .toBeGreaterThan(1000);
}

export async function readChart(page: Page, figure: string): Promise<DrawnChart> {
  const canvas = page.locator(`${figure} canvas`);
  await waitForDrawing(page, figure);
  const found = await page.locator(figure).evaluate((fig) => {
    const canvas = fig.querySelector('canvas')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const pixelsOf = (hex: string) => {
      const [r, g, b] = rgb(hex);
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if (
          data[i + 3] > 200 &&
          Math.abs(data[i] - r) < 6 &&
          Math.abs(data[i + 1] - g) < 6 &&
          Math.abs(data[i + 2] - b) < 6
        )
          n++;
      return n;
    };
    const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
    return {
      series: [...fig.querySelectorAll('[data-chart-legend] [data-series-index]')].map((li) => {
        const color = getComputedStyle(li).getPropertyValue('--chart-color').trim();
        return { label: text(li), role: li.getAttribute('data-role')!, color, pixels: pixelsOf(color) };
      }),
      marks: [...fig.querySelectorAll('[data-chart-legend] [data-mark-index]')].map(text),
      axes: [...fig.querySelectorAll('[data-chart-axis]')].map(text),
      table: [...fig.querySelectorAll('[data-chart-value]')].map(text),
    };
  });
  // Step through every value with the arrow keys; each read-out ends with its place: "(3 of 46)".
  await canvas.focus();
  const announcer = page.locator(`${figure} [data-chart-announcer]`);
  const announced: DrawnChart['announced'] = [];
  for (let i = 0, total = 1; i < total; i++) {
    await page.keyboard.press('ArrowRight');
    const said = (await announcer.textContent())!.trim();
    const place = / \(([^()]+)\)$/.exec(said)!;
    total = Number(place[1].match(/\d+/g)!.at(-1));
    const body = said.slice(0, place.index);
    const series = found.series.map((s) => s.label).find((label) => body.startsWith(`${label}, `)) ?? '';
    announced.push({ series, value: body.slice(body.lastIndexOf(': ') + 2) });
  }
  return { ...found, announced };
}
