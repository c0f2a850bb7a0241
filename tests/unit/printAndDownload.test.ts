// What leaves the site on paper or as a file: the plan's text download and the QR code of a page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { planTextDownload, planTextOnly } from '../../src/lib/plan/planText.ts';
import { qrSvg } from '../../src/lib/print/qrSvg.ts';

const seed = readFileSync('seeds/000_fb45ffeb8cf86429.txt', 'utf8');
const provenance = {
  title: '方案',
  issuer: '常州市人民政府',
  date: '2022年9月15日',
  openness: '此件公开发布',
  pageUrl: 'https://example.org/plan/',
};

describe('the plan text download', () => {
  it("keeps every line of the seed verbatim and drops only the web page's chrome", () => {
    const lines = seed
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const text = planTextOnly(seed);
    expect(text.split('\n').filter(Boolean)).toEqual(lines.slice(0, -2));
    expect(text).not.toContain('扫一扫');
  });

  it('opens with where the text comes from: issuer, date, openness and the web page', () => {
    const head = planTextDownload(seed, provenance).split('=')[0];
    for (const fact of Object.values(provenance)) expect(head).toContain(fact);
  });

  it('adds the government record’s fields an editor has filled, and no empty ones', () => {
    const record = { documentNumber: '某政发〔2000〕1号', originalUrl: 'https://www.changzhou.gov.cn/x.html' };
    const head = planTextDownload(seed, { ...provenance, record }).split('=')[0];
    expect(head).toContain(`文号：${record.documentNumber}`);
    expect(head).toContain(`原文网址：${record.originalUrl}`);
    expect(head).not.toMatch(/索引号|发布日期/);
  });

  it('reads a seed with Windows line ends the same way', () => {
    expect(planTextOnly('甲\r\n乙\r\n扫一扫在手机打开当前页\r\n|\r\n')).toBe('甲\n乙\n');
  });
});

describe('the QR code of a page', () => {
  const url = 'https://example.org/en/plan/summary/';

  it('draws every dark module of the code and nothing else', () => {
    const { data } = encode(url, { ecc: 'M', border: 4 });
    const dark = data.flat().filter(Boolean).length;
    const drawn = [...qrSvg(url, 'x').matchAll(/h(\d+)v1/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(drawn).toBe(dark);
  });

  it('names itself for screen readers, escaping the label', () => {
    expect(qrSvg(url, 'Scan <me> & "go"')).toContain('role="img" aria-label="Scan &#60;me&#62; &#38; &#34;go&#34;"');
  });
});
