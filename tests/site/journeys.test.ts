// What a reader finishing a task notices on the built site: every service page ends with where else to ask
// (sourced channels only), /plan/ reads as a government information page, and every page prints with the
// site's identity, its unofficial status, its address and its date. dist/ is built without SITE_FEEDBACK_URL
// and without SITE_OFFICIAL (npm test's main build), so "Tell us" is absent and the site says it is unofficial.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page, pageUrls } from '../support/dist.ts';
import { parseContent } from '../../src/lib/content/parse.ts';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';
import {
  HOTLINE_12330,
  HOTLINE_12345,
  callsFor,
  hasOwnContact,
  responsibleUnit,
} from '../../src/lib/services/wayForward.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { GUIDES } from '../../src/lib/overseas/guides.ts';
import { HTML_LANG, SOURCE_LANG, contentLang } from '../../src/i18n/locales.ts';
import { nestQuotes } from '../../src/lib/typography/nestQuotes.ts';
import { PLAN_TITLE } from '../../src/lib/plan/facts.ts';
import { foldPunctuationWidth as fold } from '../../src/lib/typography/punctuation.ts';

const slugs = readdirSync('content/services/zh').map((f) => f.replace(/\.md$/, ''));
const clauseText = new Map(loadPlanFiles('zh').flatMap((f) => f.clauses.map((c) => [c.id, c.text] as const)));
const serviceRecord = (slug: string) =>
  parseContent(slug, readFileSync(`content/services/zh/${slug}.md`, 'utf8')).data as {
    clauses: string[];
    kind: string;
    name: Record<string, string>;
    needs: string[];
    contact?: Record<string, unknown>;
    facts?: { source: { url?: string } }[];
  };
const serviceClauses = (slug: string) => serviceRecord(slug).clauses;
const LANGS = [
  ['zh', ''],
  ['en', '/en'],
] as const;

describe.each(LANGS)('service pages (%s)', (lang, prefix) => {
  const t = useTranslations(lang);
  it.each(slugs)(
    '%s says where else to ask, a call first, sourced at the end: first when the body has no contact',
    (slug) => {
      const doc = page(`${prefix}/services/${slug}/`);
      const way = doc.querySelector('article [data-way-forward]');
      expect(way, 'way-forward section').not.toBeNull();
      const sections = doc.querySelectorAll('article > section');
      const sources = doc.querySelector('#way-sources-heading')?.parentNode;
      expect(sources, 'the sources of the call').not.toBeNull();
      if (hasOwnContact(serviceRecord(slug))) {
        // After everything about the body: only the call's sources and the way back to the list follow it.
        expect(sections.at(-2)).toBe(way);
        expect(sections.at(-1)).toBe(sources);
      } else {
        // The next step first: only the body's (missing) contact details stand between the summary and it.
        const between: string[] = [];
        for (
          let el = doc.querySelector('article > .lead')!.nextElementSibling;
          el && el !== way;
          el = el.nextElementSibling
        )
          between.push(el.matches('[data-contact-missing], section.contact') ? 'contact' : el.outerHTML.slice(0, 60));
        expect(between.filter((what) => what !== 'contact')).toEqual([]);
      }
      expect(way!.querySelector('h2')!.textContent).toBe(t('services.askTitle'));
      // Calls as buttons, the one that fits the body's needs first: 12330 (with the infringement guide) for a
      // body that helps with disputes, then 12345 asking for the body by name; on the 12330 line's own page,
      // 12345 itself. Their sources are in the list at the end, linked in body text below the calls.
      const record = serviceRecord(slug);
      const kinds = callsFor(record);
      const calls = way!.querySelectorAll('[data-way="call"]');
      expect(calls.map((call) => call.getAttribute('data-call'))).toEqual(kinds);
      kinds.forEach((kind, i) => {
        const number = kind === 'disputes' ? HOTLINE_12330.number : HOTLINE_12345.number;
        expect(calls[i].querySelector(`a[href="tel:${number}"]`)!.textContent).toContain(number);
        const cited =
          kind === 'disputes' ? serviceRecord(HOTLINE_12330.slug).facts![0].source.url! : HOTLINE_12345.source.url;
        expect(sources!.querySelector(`a[href="${cited}"]`), 'the call cited at the end').not.toBeNull();
        expect(way!.querySelector(`a[href="${cited}"]`), 'no citation in the box').toBeNull();
      });
      expect(Boolean(way!.querySelector(`[data-way="guide"] a[href="${prefix}/infringement/"]`)), 'guide').toBe(
        kinds.includes('disputes'),
      );
      expect(
        way!.querySelector('[data-way="sources"] a[href="#way-sources-heading"]'),
        'a link to the sources',
      ).not.toBeNull();
      expect(way!.querySelector('.source'), 'no small grey source text').toBeNull();
      const byName = calls.find((call) => call.getAttribute('data-call') === 'by-name');
      const name = doc.querySelector('h1')!.textContent;
      if (record.kind === 'hotline') {
        // No circle: the 12330 page does not send its reader to 12345 to ask for 12330.
        expect(byName).toBeUndefined();
        expect(way!.textContent).not.toContain(name);
      } else {
        expect(byName!.textContent).toContain(nestQuotes(name));
        // Never a quote opened inside a quote of the same kind (说要找“商务部“…””).
        expect(byName!.textContent).not.toMatch(/“[^”]*“/);
        // On a translated page, the name the operator knows (the plan's Chinese one), marked as Chinese.
        const original = byName!.querySelector(`span[lang="${HTML_LANG[SOURCE_LANG]}"]`);
        if (contentLang(lang) === SOURCE_LANG) expect(original).toBeNull();
        else expect(fold(original?.textContent ?? '')).toBe(fold(nestQuotes(record.name[SOURCE_LANG])));
      }
      const unit = responsibleUnit(
        serviceClauses(slug).map((id) => ({ id, text: clauseText.get(id) ?? '' })),
        record.name[SOURCE_LANG],
      );
      const unitRow = way!.querySelector('[data-way="unit"]');
      if (unit) {
        expect(unitRow?.querySelector(`a[href^="${prefix}/plan/units/#unit-"]`), 'unit link').not.toBeNull();
        expect(unitRow?.querySelector(`a[href="${prefix}/plan/#${unit.clause}"]`), 'clause link').not.toBeNull();
      } else expect(unitRow).toBeNull();
      for (const site of way!.querySelectorAll('[data-way="site"] a'))
        expect(new URL(site.getAttribute('href')!).hostname).toMatch(/(^|\.)(cnipa|sipo)\.gov\.cn$/);
    },
  );

  it('offers no "Tell us" link when the site has no feedback channel, and none that leads to a page without one', () => {
    for (const slug of slugs) {
      const doc = page(`${prefix}/services/${slug}/`);
      expect(doc.querySelector('[data-tell-us]'), slug).toBeNull();
      expect(doc.querySelector('article a[href*="/about/#corrections"]'), slug).toBeNull();
    }
  });
});

const notice = parseContent('00-notice', readFileSync('content/plan/zh/00-notice.md', 'utf8')).data as {
  publication?: Record<string, string>;
};
const OPTIONAL = { documentNumber: 'number', indexNumber: 'index', published: 'published', originalUrl: 'original' };

describe.each(LANGS)('/plan/ as a government information page (%s)', (lang, prefix) => {
  const t = useTranslations(lang);
  const doc = page(`${prefix}/plan/`);
  const block = doc.querySelector('.doc-meta')!;

  it('gives the title, issuer, date of issue, publication, period and the source in words', () => {
    const shown = block.querySelectorAll('dd[data-doc]').map((dd) => dd.getAttribute('data-doc'));
    expect(shown).toEqual(expect.arrayContaining(['title', 'issuer', 'date', 'openness', 'period', 'source']));
    // Compared width-folded: the page pass widens punctuation in Chinese text (GB/T 15834).
    expect(fold(block.querySelector('[data-doc="title"]')!.textContent)).toBe(fold(PLAN_TITLE[lang]));
    expect(block.querySelector('[data-doc="source"]')!.textContent).toBe(t('doc.sourceValue'));
    expect(block.textContent).not.toMatch(/seeds|副本|a copy is kept/);
  });

  it('shows the fields an editor fills in (文号, 索引号, 发布日期, the original) only when they are filled', () => {
    for (const [field, key] of Object.entries(OPTIONAL))
      expect(Boolean(block.querySelector(`[data-doc="${key}"]`)), field).toBe(Boolean(notice.publication?.[field]));
  });

  it('offers the plain-text download and a print button', () => {
    expect(doc.querySelector('a[download][type="text/plain"]')).not.toBeNull();
    expect(doc.querySelector('[data-print-action] button[data-print-button]')).not.toBeNull();
  });
});

describe('print', () => {
  const printable = ['/plan/', '/plan/summary/', '/targets/', '/overseas/'];
  it.each(LANGS.flatMap(([lang, prefix]) => printable.map((path) => [lang, `${prefix}${path}`] as const)))(
    '%s %s has a print button, and the keys to press where scripts do not run',
    (lang, url) => {
      const t = useTranslations(lang);
      const action = page(url).querySelector('[data-print-action]')!;
      expect(action.querySelector('button')!.textContent!.trim()).toBe(t('print.button'));
      expect(action.querySelector('[data-print-keys]')!.textContent).toBe(t('print.keys'));
    },
  );

  // An older reader looked for the guide's print button and never reached it at the foot of the long page:
  // it is offered again after the guide's opening, before the sections its contents list (or its steps) name.
  it.each(LANGS.flatMap(([lang, prefix]) => GUIDES.map(({ path }) => [lang, `${prefix}${path}`] as const)))(
    '%s %s offers its print button before its sections, not only at its end',
    (lang, url) => {
      const t = useTranslations(lang);
      const main = page(url).querySelector('main')!;
      const html = main.innerHTML;
      // The first section the page's contents (or steps) list, or without a contents list its first heading.
      const contents = main.querySelector('nav.page-contents') ?? main.querySelector('nav.step-nav');
      const listed = contents?.querySelector('a[href^="#"]')?.getAttribute('href');
      const firstSection = listed ? html.indexOf(`id="${listed.slice(1)}"`) : html.indexOf('<h2');
      const button = html.indexOf('data-print-button');
      expect(button, url).toBeGreaterThan(-1);
      expect(button, url).toBeLessThan(firstSection);
      const buttons = main.querySelectorAll('[data-print-action] button[data-print-button]');
      expect(buttons.length, url).toBeGreaterThan(0);
      expect(buttons.every((b) => b.textContent!.trim() === t('print.button'))).toBe(true);
    },
  );

  it('offers printing with one button, in one look, on every page that offers it', () => {
    const urls = LANGS.flatMap(([, prefix]) => [...printable, '/plan/compare/'].map((path) => `${prefix}${path}`));
    const buttons = urls.flatMap((url) =>
      page(url)
        .querySelectorAll('main button:is([data-print-button], [data-print-part-of])')
        .map((button) => ({ url, look: button.getAttribute('class')!.split(/\s+/).sort().join(' ') })),
    );
    expect(buttons.length).toBeGreaterThan(urls.length);
    expect(new Set(buttons.map((b) => b.look)).size, JSON.stringify(buttons.slice(0, 3))).toBe(1);
  });

  it('heads every page on paper with the site, its unofficial status, the page’s address and one build date', () => {
    const days = new Set<string>();
    for (const url of pageUrls().filter((u) => !u.endsWith('.html'))) {
      const header = page(url).querySelector('.print-header');
      expect(header, url).not.toBeNull();
      expect(header!.querySelector('[data-print-unofficial]'), url).not.toBeNull();
      expect(header!.querySelector('[data-print-url]')!.textContent, url).toBe(url);
      days.add(header!.querySelector('time')!.getAttribute('datetime')!);
    }
    expect([...days]).toHaveLength(1);
    expect([...days][0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('says on every printed page of a translation that it is unofficial and the Chinese text prevails', () => {
    const note = useTranslations('en')('footer.translationNote');
    const english = pageUrls().filter((u) => u.startsWith('/en/') && !u.endsWith('.html'));
    expect(english.length).toBeGreaterThan(0);
    const without = english.filter(
      (url) => page(url).querySelector('.print-header [data-print-translation]')?.textContent.trim() !== note,
    );
    expect(without).toEqual([]);
    // The source's own pages make no such claim about themselves.
    expect(page('/plan/').querySelector('.print-header [data-print-translation]')).toBeNull();
  });

  it.each(LANGS)(
    'the summary (%s) has no "click" on paper: its print text says where to read the clauses',
    (lang, prefix) => {
      const t = useTranslations(lang);
      const intro = page(`${prefix}/plan/summary/`).querySelector('.summary-intro')!;
      expect(intro.querySelector('.print-only')!.textContent).toBe(t('summary.introPrint'));
      expect(intro.querySelector('.print-only')!.textContent).not.toMatch(/点击|click|select|tap/i);
      expect(intro.querySelector('.no-print')!.textContent).toBe(t('summary.intro'));
    },
  );
});
