// Loads the chart code (Chart.js and the drawing) only when a chart comes near the screen, after the page has
// painted: the text, tables and key are HTML already, so the first paint never waits for, or shares the
// network with, the charts' JavaScript. Printing draws them too (the table prints in any case).
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
}
