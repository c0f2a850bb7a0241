// The services directory on the built site (the overseas guide has its own tests in overseas*.test.ts; the
// filters in Chromium are in tests/browser/services.spec.ts and servicesFilter.spec.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';
import type { HTMLElement } from 'node-html-parser';
import { parseContent } from '../../src/lib/content/parse.ts';
import { hasOwnContact } from '../../src/lib/services/wayForward.ts';
import { UNSTATED_AREA, WIDE_AREAS, isOneDistrict } from '../../src/lib/services/filter.ts';
import { LOCALE_INFO } from '../../src/i18n/localeTable.ts';
import { typographyOf } from '../../src/i18n/locales.ts';
import type { DISTRICTS, SERVICE_NEEDS } from '../../src/lib/schemas/service.ts';

type District = (typeof DISTRICTS)[number];
type ServiceNeed = (typeof SERVICE_NEEDS)[number];
import { useTranslations } from '../../src/i18n/t.ts';
import { foldPunctuationWidth as fold } from '../../src/lib/typography/punctuation.ts';

const slugs = readdirSync('content/services/zh').map((f) => f.replace(/\.md$/, ''));
const records = new Map(
  slugs.map((slug) => [
    slug,
    parseContent(slug, readFileSync(`content/services/zh/${slug}.md`, 'utf8')).data as {
      clauses: string[];
      contact?: Record<string, unknown>;
    },
  ]),
);

describe.each([
  ['zh', ''],
  ['en', '/en'],
] as const)('services (%s)', (lang, prefix) => {
  const t = useTranslations(lang);
  it('lists every body in the finder', () => {
    const finder = page(`${prefix}/services/`);
    for (const slug of slugs)
      expect(finder.querySelector(`a[href="${prefix}/services/${slug}/"]`), slug).not.toBeNull();
  });

  it('links every body from each plan clause that names it', () => {
    const plan = page(`${prefix}/plan/`);
    for (const [slug, record] of records) {
      for (const clause of record.clauses) {
        const block = plan.getElementById(clause)!;
        const next = block.nextElementSibling;
        const linked = [block, next].some((el) => el?.querySelector(`a[href="${prefix}/services/${slug}/"]`));
        expect(linked, `${slug} from ${clause}`).toBe(true);
      }
    }
  });

  it.each(slugs)('%s says where to ask, never what the site could not find', (slug) => {
    const text = page(`${prefix}/services/${slug}/`).querySelector('main')!.textContent;
    expect(text).not.toMatch(/没有找到|未找到|尚未找到|have not found|could not find|did not find/i);
  });

  // A body the plan only proposes is not presented to search engines as an office (serviceStanding.test.ts).
  const existing = slugs.filter(
    (slug) => (records.get(slug) as unknown as { standing: { status: string } }).standing.status === 'exists',
  );
  it.each(existing)('%s has JSON-LD that parses and carries its name, and no address without SITE_URL', (slug) => {
    const doc = page(`${prefix}/services/${slug}/`);
    const json = doc
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent))
      .find((j) => ['GovernmentOffice', 'Organization'].includes(j['@type']));
    expect(json['@context']).toBe('https://schema.org');
    // NFKC: the page shows the name with full-width punctuation (GB/T 15834); the data keeps it as typed.
    expect(json.name.normalize('NFKC')).toBe(doc.querySelector('h1')!.textContent.trim().normalize('NFKC'));
    // dist/ is built without SITE_URL; tests/base/siteAddress.test.ts checks the url in the build with one.
    expect(json.url).toBeUndefined();
    const contact = records.get(slug)!.contact ?? {};
    expect(Boolean(json.telephone)).toBe(Boolean(contact.phone));
    expect(Boolean(json.address)).toBe(Boolean(contact.address));
  });

  it.each(slugs)('%s shows only published contact details, each with its source and verified date', (slug) => {
    const doc = page(`${prefix}/services/${slug}/`);
    const contact = records.get(slug)!.contact ?? {};
    for (const field of ['address', 'phone', 'email', 'website', 'hours']) {
      const shown = doc.querySelector(`[data-contact="${field}"]`);
      if (!contact[field]) expect(shown, field).toBeNull();
      else expect(shown!.textContent).toMatch(/来源.*核实日期|Source.*Last verified/);
    }
  });

  // A court or a bureau that publishes no phone is still reached through its own site (directory review, 12).
  const bySite = slugs.filter((slug) => {
    const contact = records.get(slug)!.contact ?? {};
    return contact.website && !contact.address && !contact.phone;
  });
  it.each(bySite)('%s gives its official website as the way to reach it, with its source', (slug) => {
    const doc = page(`${prefix}/services/${slug}/`);
    const website = records.get(slug)!.contact!.website as { value: string; source: { url?: string } };
    const row = doc.querySelector('[data-contact="website"]')!;
    expect(row.previousElementSibling!.textContent, 'its label').toBe(t('contact.website'));
    expect(row.querySelector(`a[href="${website.value}"]`), 'the site, as a link').not.toBeNull();
    if (website.source.url) expect(row.querySelector(`a[href="${website.source.url}"]`), 'its source').not.toBeNull();
    expect(doc.querySelector('[data-contact-missing]'), 'no "details to be added" line').toBeNull();
    // Where else to ask still follows, at the end of the page (journeys.test.ts).
    expect(doc.querySelector('[data-way-forward]')).not.toBeNull();
  });
});

// What a reader on /services/ and the home page notices about reaching help (issue 27): which bodies can be
// reached without opening each, the city-wide and national help under every district, and a way in for a dispute.
const recordOf = (slug: string) =>
  parseContent(slug, readFileSync(`content/services/zh/${slug}.md`, 'utf8')).data as {
    kind: string;
    district: District;
    needs: string[];
    contact?: Record<string, unknown>;
    standing: { status: 'exists' | 'proposed' };
  };

describe.each([
  ['zh', ''],
  ['en', '/en'],
] as const)('reaching help (%s)', (lang, prefix) => {
  const t = useTranslations(lang);

  it('says on each card of a body that exists whether its contact details are listed', () => {
    const finder = page(`${prefix}/services/`);
    // A proposal's card shows its tag instead (tests/site/serviceStanding.test.ts).
    for (const slug of slugs.filter((slug) => recordOf(slug).standing.status === 'exists')) {
      const reachable = hasOwnContact(recordOf(slug));
      for (const card of finder.querySelectorAll(`[data-service="${slug}"]`))
        expect(card.querySelector('.contact-state')!.textContent.trim(), slug).toBe(
          t(reachable ? 'services.hasContact' : 'services.toBeAdded'),
        );
    }
  });

  it('points each district’s list, without JavaScript, to the city-wide and national lists', () => {
    const finder = page(`${prefix}/services/`);
    const districts = new Set(slugs.map((slug) => recordOf(slug).district));
    for (const district of districts) {
      const heading = finder.getElementById(`district-${district}`)!;
      const note = heading.nextElementSibling?.nextElementSibling;
      // A list of bodies whose district is not stated points nowhere: nobody lives in "not stated".
      const one = isOneDistrict(district);
      expect(note?.matches('[data-also-wider]') ?? false, district).toBe(one);
      if (one)
        for (const area of WIDE_AREAS.filter((a) => districts.has(a as District)))
          expect(note!.querySelector(`a[href="#district-${area}"]`), `${district} → ${area}`).not.toBeNull();
    }
  });

  it('offers as district choices only the districts with a body and the wider areas, and says so by the choice', () => {
    const finder = page(`${prefix}/services/`);
    const choice = finder.querySelector('#filter-district')!;
    const offered = choice
      .querySelectorAll('option')
      .map((o) => o.getAttribute('value'))
      .filter(Boolean);
    const recorded = new Set(slugs.map((slug) => recordOf(slug).district));
    expect(new Set(offered)).toEqual(new Set([...recorded].filter((d) => d !== UNSTATED_AREA)));
    const note = finder.getElementById(choice.getAttribute('aria-describedby')!);
    expect(fold(note?.textContent ?? '')).toBe(fold(t('services.districtNote')));
  });

  it('gives each need’s count in one bracket form, in its link (a name of its own) but not underlined', () => {
    const finder = page(`${prefix}/services/`);
    const number = new Intl.NumberFormat(LOCALE_INFO[lang].intl);
    const items = finder.querySelectorAll('.jump-links [data-need-count]');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const link = item.querySelector('a[href^="#need-"]')!;
      const need = link.getAttribute('href')!.slice('#need-'.length) as ServiceNeed;
      const count = slugs.filter((slug) => recordOf(slug).needs.includes(need)).length;
      const [name, n] = [t(`need.${need}`), number.format(count)];
      const shown = link.querySelector('.need-count')!;
      // Not underlined: in the inline block that keeps the need's last word with it, where only the word is.
      expect(shown.closest('.need-tail')?.querySelector('.need-word')).not.toBeNull();
      expect(link.textContent.slice(0, -shown.textContent.length)).toBe(name);
      expect(link.textContent).toBe(item.textContent);
      // Chinese in full-width brackets, as the page pass sets every bracket next to Chinese; English half-width.
      expect(item.textContent.replace(/\u00a0/g, ' ')).toBe(
        typographyOf(lang) === 'cjk' ? `${name}（${n}）` : `${name} (${n})`,
      );
    }
  });

  it('shows a body’s district as recorded, and says when the plan does not give one', () => {
    for (const slug of slugs) {
      const doc = page(`${prefix}/services/${slug}/`);
      const row = doc
        .querySelectorAll('.service-meta dt')
        .find((dt) => dt.textContent.trim() === t('services.district'));
      expect(row?.nextElementSibling?.textContent.trim(), slug).toBe(t(`district.${recordOf(slug).district}`));
    }
  });

  it('puts the call button of a hotline right under its summary', () => {
    for (const slug of slugs.filter((s) => recordOf(s).kind === 'hotline')) {
      const doc = page(`${prefix}/services/${slug}/`);
      const children = doc.querySelector('article')!.children;
      const lead = children.findIndex((el) => el.classList.contains('lead'));
      // The summary may link the number itself; the button is the first block after it that holds one.
      const call = children.findIndex((el, i) => i > lead && el.querySelector('a[href^="tel:"]'));
      const meta = children.findIndex((el) => el.classList.contains('service-meta'));
      // The first block after the summary holds the call button; the facts about the body (kind, district) follow.
      expect(call, slug).toBe(lead + 1);
      expect(meta, slug).toBeGreaterThan(call);
    }
  });

  // A shopkeeper wanting to register his own shop's mark found the page was about foreign companies, with no "how".
  it('tells a reader first how to register a trademark himself, each point with the article it comes from', () => {
    const body = page(`${prefix}/services/trademark-window/`).querySelector('.service-body')!;
    const first = body.querySelector('h2');
    expect(first?.id).toBe('apply-yourself');
    // A checklist: what to prepare, then how to send it, every point in the section until the next heading.
    const blocks: HTMLElement[] = [];
    for (let el = first!.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) blocks.push(el);
    expect(blocks.some((el) => el.tagName === 'OL')).toBe(true);
    const points = blocks.flatMap((el) => el.querySelectorAll('li'));
    expect(points.length).toBeGreaterThan(3);
    const article = lang === 'zh' ? /第[一二三四五六七八九十]+条/ : /Article \d+/;
    for (const point of points) expect(point.textContent, point.textContent).toMatch(article);
  });

  it('offers, from the home page, help with an infringement or dispute in China: what to do, and the bodies that help', () => {
    const link = page(`${prefix}/`).querySelector(`main a[href="${prefix}/infringement/"]`);
    expect(link?.textContent.trim()).toBe(t('guides.disputesHome'));
    const guide = page(`${prefix}/infringement/`);
    expect(guide.querySelector('main a[href^="tel:"], main a[href$="/services/hotline-12330/"]')).not.toBeNull();
    expect(guide.querySelector(`main a[href="${prefix}/services/#need-disputes"]`)).not.toBeNull();
    expect(page(`${prefix}/services/`).getElementById('need-disputes')).not.toBeNull();
  });

  it('gives the time limit for going to court for every IP right, not only patents, with the Civil Code cited', () => {
    // The section's text: everything after its heading up to the next one.
    let limits = '';
    for (
      let el = page(`${prefix}/infringement/`).getElementById('time-limits')!.nextElementSibling;
      el && el.tagName !== 'H2';
      el = el.nextElementSibling
    )
      limits += el.textContent;
    const cites =
      lang === 'zh'
        ? [
            '《民法典》第一百八十八条',
            '知道或者应当知道权利受到损害以及义务人之日起计算',
            '二十年',
            '商标',
            '《专利法》第七十四条',
          ]
        : [
            'Civil Code, Article 188',
            'knew or should have known',
            'twenty years',
            'trademark',
            'Patent Law, Article 74',
          ];
    for (const cite of cites) expect(fold(limits), cite).toContain(fold(cite));
    // The general rule comes first: a trademark or copyright owner is not told only the patent rule.
    expect(limits.indexOf(cites[0])).toBeLessThan(limits.indexOf(cites.at(-1)!));
    const sources = page(`${prefix}/infringement/`).querySelector('main')!.textContent;
    expect(sources).toMatch(
      lang === 'zh'
        ? /《中华人民共和国民法典》[^\n]*flk\.npc\.gov\.cn/
        : /Civil Code of the People's Republic of China[^\n]*flk\.npc\.gov\.cn/,
    );
  });
});
