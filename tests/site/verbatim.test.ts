// The Chinese /plan/ page carries every paragraph of the seed word for word (whitespace aside). Compared after
// NFKC width normalisation: the page shows full-width punctuation (GB/T 15834) where the seed's copy lost it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactText, page } from '../support/dist.ts';
import { planTextOnly } from '../../src/lib/plan/planText.ts';

const CHROME_LINES = ['扫一扫在手机打开当前页', '|'];
const seedParagraphs = readFileSync('seeds/000_fb45ffeb8cf86429.txt', 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !CHROME_LINES.includes(line));

describe('the Chinese plan page', () => {
  const text = compactText(page('/plan/').querySelector('main')!).normalize('NFKC');

  it("reads the seed's 100 paragraphs (its two web-page chrome lines aside)", () => {
    expect(seedParagraphs).toHaveLength(100);
  });

  it.each(seedParagraphs.map((p, i) => [i + 1, p]))('has seed paragraph %i verbatim', (_n, paragraph) => {
    expect(text).toContain(String(paragraph).replace(/\s+/g, '').normalize('NFKC'));
  });

  it('does not show the web-page chrome of the copy it was taken from', () => {
    expect(text).not.toContain('扫一扫在手机打开当前页');
  });
});

describe("the plan's text download", () => {
  const file = readFileSync('dist/plan/changzhou-ip-strong-city-plan-2022-2025.txt', 'utf8');

  it('says it is UTF-8 with a byte-order mark, so a server that names no charset does not garble it', () => {
    expect(file.startsWith('\uFEFF')).toBe(true);
  });

  it('gives the seed word for word after its header, its punctuation full-width as on the page', () => {
    const body = file.slice(file.indexOf('='.repeat(40)) + 40).trim();
    const seed = planTextOnly(readFileSync('seeds/000_fb45ffeb8cf86429.txt', 'utf8')).trim();
    expect(body.normalize('NFKC')).toBe(seed.normalize('NFKC'));
    expect(body).not.toMatch(/\p{Script=Han}[,:;]/u);
  });
});
