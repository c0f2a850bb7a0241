// A series' look, read from its legend item's CSS (ChartLegend.astro holds the palette), so the key and the
// drawing share one set of colours, dashes, point shapes and hatching: never colour alone.
export interface SeriesStyle {
  color: string;
  /** Bars: a solid fill, or white with diagonal lines in the colour. */
  hatch: boolean;
  dash: number[];
  point: 'circle' | 'rect' | 'rectRot' | 'triangle' | false;
}

const prop = (style: CSSStyleDeclaration, name: string) => style.getPropertyValue(name).trim();

export function readStyle(item: Element | null | undefined): SeriesStyle {
  if (!item) return { color: '#1b1b1b', hatch: false, dash: [], point: 'circle' };
  const style = getComputedStyle(item);
  const dash = prop(style, '--chart-dash');
  const point = prop(style, '--chart-point');
  return {
    color: prop(style, '--chart-color') || '#1b1b1b',
    hatch: prop(style, '--chart-hatch') === 'yes',
    dash: dash && dash !== 'none' ? dash.split(/\s+/).map(Number) : [],
    point: point === 'none' ? false : ((point || 'circle') as SeriesStyle['point']),
  };
}

/** White with diagonal lines of the colour: tells a hatched bar from a solid one without colour. */
export function hatchPattern(ctx: CanvasRenderingContext2D, color: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const c = tile.getContext('2d');
  if (!c) return color;
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, 8, 8);
  c.strokeStyle = color;
  c.lineWidth = 2;
  c.beginPath();
  c.moveTo(-2, 10);
  c.lineTo(10, -2);
  c.moveTo(-2, 2);
  c.lineTo(2, -2);
  c.moveTo(6, 10);
  c.lineTo(10, 6);
  c.stroke();
  return ctx.createPattern(tile, 'repeat') ?? color;
}
