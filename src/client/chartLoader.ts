// Loads the chart code (Chart.js and the drawing) when a chart comes near the screen, after the page has
// painted: the text, tables and key are HTML already, so the first paint never waits for, or shares the
// network with, the charts' JavaScript. It also loads once the page is idle, chart seen or not: printing cannot
// wait for code to load, and a reader who printed from the top of the page got a blank gap under the chart's
// caption. Switching to print (beforeprint, or the print media query) loads it too, for a printer that waits.
export function drawChartsWhenSeen(load: () => Promise<{ drawCharts: () => void }>): void {
  const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart-spec]')];
  if (canvases.length === 0) return;
  let loading: Promise<void> | undefined;
  const draw = () => (loading ??= load().then(({ drawCharts }) => drawCharts()));
  if (!('IntersectionObserver' in window)) {
    void draw();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void draw();
    },
    { rootMargin: '50% 0px' },
  );
  canvases.forEach((canvas) => observer.observe(canvas));
  addEventListener('beforeprint', () => void draw(), { once: true });
  matchMedia('print').addEventListener('change', (query) => query.matches && void draw());
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(() => void draw(), { timeout: 3000 })
      : setTimeout(draw, 1000);
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
