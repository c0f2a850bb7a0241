// Bodies the plan only proposes (standing: proposed in content/services/) as a reader meets them: tagged on
// every card and page in both languages, after every body that exists in each group of the finder, and a page
// that says first where to go now.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';
import { parseContent } from '../../src/lib/content/parse.ts';
import { useTranslations } from '../../src/i18n/t.ts';

type Standing = { status: 'exists' | 'proposed'; goNow?: string; clause?: string };
const standings = new Map(
  readdirSync('content/services/zh').map((file) => {
    const slug = file.replace(/\.md$/, '');
    const data = parseContent(file, readFileSync(`content/services/zh/${file}`, 'utf8')).data as { standing: Standing };
    return [slug, data.standing] as const;
  }),
);
const proposed = [...standings].filter(([, s]) => s.status === 'proposed').map(([slug]) => slug);

describe.each([
  ['zh', ''],
  ['en', '/en'],
] as const)('proposed bodies (%s)', (lang, prefix) => {
  const t = useTranslations(lang);
  const finder = page(`${prefix}/services/`);

  it('the content has proposals to test', () => {
    expect(proposed.length).toBeGreaterThan(0);
  });

  it.each(proposed)('%s shows the tag on every card in the finder', (slug) => {
    const cards = finder.querySelectorAll(`[data-service="${slug}"]`);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.querySelector('.tag')?.textContent, slug).toContain(t('services.proposed'));
      expect(card.querySelector('.contact-state'), 'no "contact details to be added" on a proposal').toBeNull();
    }
  });

  it('shows the tag on no card of a body that exists', () => {
    for (const card of finder.querySelectorAll('[data-service]'))
      if (standings.get(card.getAttribute('data-service')!)!.status === 'exists')
        expect(card.querySelector('.tag'), card.getAttribute('data-service')!).toBeNull();
  });

  it('lists no proposal before a body that exists in any group of the finder', () => {
    const groups = finder.querySelectorAll('[data-need-group]');
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const order = group
        .querySelectorAll('[data-service]')
        .map((c) => standings.get(c.getAttribute('data-service')!)!.status);
      const firstProposal = order.indexOf('proposed');
      if (firstProposal >= 0) expect(order.slice(firstProposal), group.id).not.toContain('exists');
    }
  });

  it.each(proposed)('%s says on its page that it is proposed, and first where to go now', (slug) => {
    const doc = page(`${prefix}/services/${slug}/`);
    const article = doc.querySelector('article')!;
    expect(article.querySelector('.tag')?.textContent).toContain(t('services.proposed'));
    // Right after the heading, before the summary: the existing body to go to, and the clause proposing this one.
    const next = article.querySelector('h1')!.nextElementSibling!;
    expect(next.hasAttribute('data-go-now')).toBe(true);
    const { goNow, clause } = standings.get(slug)!;
    expect(standings.get(goNow!)!.status).toBe('exists');
    expect(next.textContent).toContain(t('services.goNow'));
    expect(next.querySelector(`a[href="${prefix}/services/${goNow}/"]`)).not.toBeNull();
    expect(next.querySelector(`a[href="${prefix}/plan/#${clause}"]`)).not.toBeNull();
    const offices = doc
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent)['@type'])
      .filter((type) => ['GovernmentOffice', 'Organization'].includes(type));
    expect(offices, 'no structured data presents a proposal as an office').toEqual([]);
    // The way forward stays.
    expect(article.querySelector('[data-way-forward]')).not.toBeNull();
  });

  it('says nothing of a proposal on the page of a body that exists', () => {
    for (const [slug, standing] of standings) {
      if (standing.status !== 'exists') continue;
      const article = page(`${prefix}/services/${slug}/`).querySelector('article')!;
      expect(article.querySelector('[data-go-now]'), slug).toBeNull();
      expect(article.querySelector('.tag'), slug).toBeNull();
    }
  });
});
