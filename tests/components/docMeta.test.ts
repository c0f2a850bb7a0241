// The plan's government information block shows the fields an editor has found, and no row for one not found.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import DocMeta from '../../src/components/DocMeta.astro';
import { useTranslations } from '../../src/i18n/t.ts';

const container = await AstroContainer.create();
const t = useTranslations('en');
const row = (label: string) => new RegExp(`<dt[^>]*>${label}</dt>`);
const render = (publication: Record<string, string>) =>
  container.renderToString(DocMeta, { props: { lang: 'en', publication } });

describe('DocMeta', () => {
  it('shows 文号, 索引号, 发布日期 and a link to the original when an editor has filled them', async () => {
    const html = await render({
      documentNumber: 'X〔2000〕1',
      indexNumber: 'IDX-1',
      published: '2000-01-31',
      originalUrl: 'https://www.example.gov.cn/plan.html',
    });
    for (const key of ['doc.number', 'doc.index', 'doc.published', 'doc.original'] as const)
      expect(html).toMatch(row(t(key)));
    expect(html).toContain('X〔2000〕1');
    expect(html).toMatch(/<time datetime="2000-01-31"[^>]*>31 January 2000<\/time>/);
    expect(html).toMatch(/<a href="https:\/\/www\.example\.gov\.cn\/plan\.html" rel="external noopener"[^>]*>/);
  });

  it('shows no row for a field nobody has found, and always the title, issuer, dates and source', async () => {
    const html = await render({});
    for (const key of ['doc.number', 'doc.index', 'doc.published', 'doc.original'] as const)
      expect(html).not.toMatch(row(t(key)));
    for (const key of ['doc.title', 'doc.issuer', 'doc.date', 'doc.openness', 'doc.period', 'doc.source'] as const)
      expect(html).toMatch(row(t(key)));
  });
});
