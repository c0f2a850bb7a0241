// No built page carries logic in an inline script: the browser code is bundled from src/client and served as
// files the CSP allows by origin ('self'). The one exception is the pre-paint line (PrePaint.astro), which must
// run before the first paint; data islands (JSON-LD, a chart's numbers) are data, not code.
import { describe, expect, it } from 'vitest';
import { PRE_PAINT_SCRIPT } from '../../src/client/readingMode.ts';
import { page, pageUrls } from '../support/dist.ts';

const DATA_TYPES = new Set(['application/ld+json', 'application/json']);

describe('inline scripts', () => {
  it.each(pageUrls())('%s runs no inline script but the pre-paint line', (url) => {
    const inline = page(url)
      .querySelectorAll('script:not([src])')
      .filter((s) => !DATA_TYPES.has(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent.trim())
      .filter((code) => code !== PRE_PAINT_SCRIPT);
    expect(inline).toEqual([]);
  });
});
