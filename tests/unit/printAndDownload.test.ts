// What leaves the site on paper or as a file: the plan's text download and the QR code of a page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { planTextDownload, planTextOnly, translationText } from '../../src/lib/plan/planText.ts';
import { parsePlanMarkdown } from '../../src/lib/plan/parsePlan.ts';
import { qrSvg } from '../../src/lib/print/qrSvg.ts';
import { SOURCE_LANG, TRANSLATION_LANGS } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';

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
    const head = planTextDownload(planTextOnly(seed), provenance, SOURCE_LANG).split('=')[0];
    for (const fact of Object.values(provenance)) expect(head).toContain(fact);
  });

  it('adds the government record’s fields an editor has filled, and no empty ones', () => {
    const record = { documentNumber: '某政发〔2000〕1号', originalUrl: 'https://www.changzhou.gov.cn/x.html' };
    const head = planTextDownload(planTextOnly(seed), { ...provenance, record }, SOURCE_LANG).split('=')[0];
    expect(head).toContain(`文号：${record.documentNumber}`);
    expect(head).toContain(`原文网址：${record.originalUrl}`);
    expect(head).not.toMatch(/索引号|发布日期/);
  });

  it('reads a seed with Windows line ends the same way', () => {
    expect(planTextOnly('甲\r\n乙\r\n扫一扫在手机打开当前页\r\n|\r\n')).toBe('甲\n乙\n');
  });
});

describe.each(TRANSLATION_LANGS)('the plan text download of a translation (%s)', (lang) => {
  const t = useTranslations(lang);
  const translated = {
    title: 'The Plan',
    issuer: 'The Issuer',
    date: '15 September 2022',
    openness: 'Published openly',
    pageUrl: 'https://example.org/x/plan/',
  };
  const file = planTextDownload('Text, as translated: word; word.\n', translated, lang);
  const head = file.split('='.repeat(40))[0];

  it('opens with its title, says it is a translation and that the source prevails, then where it comes from', () => {
    expect(head.split('\n').slice(0, 2)).toEqual([translated.title, t('plan.unofficialTranslation')]);
    for (const fact of Object.values(translated)) expect(head).toContain(fact);
    expect(head).toContain(`${t('doc.issuer')}: ${translated.issuer}`);
  });

  it('keeps its own punctuation: only a CJK text is set with full-width marks', () => {
    expect(file.endsWith('Text, as translated: word; word.\n')).toBe(true);
    expect(file).not.toMatch(/[，：；]/);
  });

  it('lays the text out as the seed is: the notice, the title, then headings and paragraphs in order, one a line, without markers', () => {
    const body = parsePlanMarkdown(
      '## I. Part {#part-1}\n\nFirst. {#part-1-1}\n\nUnmarked.\n\n### (1) Area {#task-1}\n',
    );
    expect(translationText({ notice: ['To all:', 'Issuer'], title: 'The Plan', body: [body] })).toBe(
      'To all:\nIssuer\nThe Plan\nI. Part\nFirst.\nUnmarked.\n(1) Area\n',
    );
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
