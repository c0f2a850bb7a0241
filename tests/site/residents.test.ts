// What a Changzhou resident notices on the built site (issue 27, fourth review): the home page's public box
// answers their questions first (a dispute, where to get help, whether the plan applies, what it says), the
// services finder names how many bodies each folded list holds, and every Markdown table can reflow.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page, pageUrls } from '../support/dist.ts';
import type { HTMLElement } from 'node-html-parser';
import { parseContent } from '../../src/lib/content/parse.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { SOURCE_LANG } from '../../src/i18n/locales.ts';
import { foldPunctuationWidth as fold } from '../../src/lib/typography/punctuation.ts';

const LANGS = [
  ['zh', ''],
  ['en', '/en'],
] as const;

describe.each(LANGS)('%s', (lang, prefix) => {
  const t = useTranslations(lang);

  it('home: the public box leads with a dispute and finding help, and answers whether the plan still applies', () => {
    const home = page(`${prefix}/`);
    const box = home
      .querySelectorAll('main .ways-in > li')
      .find((card) => fold(card.querySelector('h3')!.textContent) === fold(t('home.forPublic')))!;
    expect(box).toBeTruthy();
    const main = box.querySelectorAll(':scope > ul a').map((a) => a.getAttribute('href'));
    expect(main.slice(0, 2)).toEqual([`${prefix}/infringement/`, `${prefix}/services/`]);
    expect(main).toContain(`${prefix}/plan/explained/`);
    // A shopkeeper registering his own shop's trademark is sent straight to what to prepare (resident review 12).
    const own = box.querySelector(`:scope > ul a[href="${prefix}/services/trademark-window/#apply-yourself"]`);
    expect(fold(own?.textContent ?? '')).toBe(fold(t('home.registerOwnTrademark')));
    expect(page(`${prefix}/services/trademark-window/`).getElementById('apply-yourself')).not.toBeNull();
    // The printable one-page summary is one of the resident's ways in, named as printable.
    const summary = box.querySelector(`:scope > ul a[href="${prefix}/plan/summary/"]`);
    expect(fold(summary?.textContent ?? '')).toBe(fold(t('home.printableSummary')));
    // The validity answer is one tap from the first screen: the link leads to the notice on the same page.
    const validity = box.querySelector('a[href="#validity"]');
    expect(fold(validity?.textContent ?? '')).toBe(fold(t('home.stillValid')));
    expect(fold(home.querySelector('main #validity')?.textContent ?? '')).toContain(fold(t('validity.label')));
    // The specialists' pages are on their own short line under the cards, not among the resident's questions.
    const more = home.querySelectorAll('main .ways-in-more a').map((a) => a.getAttribute('href'));
    for (const path of ['/plan/', '/plan/units/', '/plan/timeline/', '/data/']) {
      expect(more, path).toContain(`${prefix}${path}`);
      expect(main, path).not.toContain(`${prefix}${path}`);
    }
  });

  it("home: the first card is for the edition's likeliest readers: residents in Chinese, readers from abroad in a translation", () => {
    const first = page(`${prefix}/`).querySelector('main .ways-in > li h3')!;
    expect(fold(first.textContent)).toBe(fold(t(lang === SOURCE_LANG ? 'home.forPublic' : 'home.forCrossBorder')));
  });

  it('home: under the title, one line says whether the plan is in force and links to the notice on the page', () => {
    const brief = page(`${prefix}/`).querySelector('main [data-validity-brief]')!;
    expect(fold(brief.textContent)).toContain(fold(t('validity.endedLink')));
    expect(brief.querySelector('a')?.getAttribute('href')).toBe('#validity');
  });

  it('the plan explained opens with the printable summary, a contents list and what the plan means for the reader', () => {
    const article = page(`${prefix}/plan/explained/`).querySelector('main article')!;
    const html = article.innerHTML;
    const summary = article.querySelector(`a[href="${prefix}/plan/summary/"]`);
    expect(fold(summary?.textContent ?? '')).toBe(fold(t('home.printableSummary')));
    const contents = article.querySelector('nav.page-contents')!;
    expect(contents).not.toBeNull();
    // The first section is the one the content file puts first, and the contents list leads to it.
    const body = readFileSync(`content/explained/${lang}.md`, 'utf8');
    const firstHeading = /^## (.+?)(?: \{#[\w-]+\})?$/m.exec(body)![1];
    const first = article.querySelectorAll('h2').find((h) => !h.closest('nav'))!;
    expect(fold(first.textContent)).toBe(fold(firstHeading));
    expect(contents.querySelector(`a[href="#${first.id}"]`)).not.toBeNull();
    expect(html.indexOf('page-contents')).toBeLessThan(html.indexOf(`id="${first.id}"`));
    const sectionAfter = (heading: HTMLElement) => {
      const nodes: HTMLElement[] = [];
      for (let node = heading.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling)
        nodes.push(node);
      return nodes;
    };
    // That section lists, in at most five points, what the plan promised residents and small shops, each point
    // leading to its clause in the plan (resident review 12).
    const promises = sectionAfter(first).flatMap((node) => node.querySelectorAll('li'));
    expect(promises.length).toBeGreaterThan(0);
    expect(promises.length).toBeLessThanOrEqual(5);
    for (const item of promises)
      expect(item.querySelector(`a[href^="${prefix}/plan/#"]`), item.textContent).not.toBeNull();
    // The next sends the reader to help: a dispute, the services, filing and disputes abroad.
    const second = article.querySelectorAll('h2').filter((h) => !h.closest('nav'))[1]!;
    const help = sectionAfter(second).flatMap((node) => node.querySelectorAll('a').map((a) => a.getAttribute('href')!));
    for (const path of ['/infringement/', '/services/', '/overseas/']) expect(help, path).toContain(`${prefix}${path}`);
  });

  it('the plan explained: the contents list says which entries are targets and which are measures', () => {
    const contents = page(`${prefix}/plan/explained/`).querySelector('main nav.page-contents')!;
    const entries = contents.querySelectorAll('a').map((a) => fold(a.textContent.trim()));
    // "保护" led an older reader to the numeric targets when he wanted the protection measures; no two entries
    // read alike, and no entry is a bare one-word group name.
    expect(new Set(entries).size).toBe(entries.length);
    const protection = entries.filter((entry) => entry.includes(lang === SOURCE_LANG ? '保护' : 'rotection'));
    expect(protection.length).toBeGreaterThanOrEqual(2);
    for (const entry of protection) expect(entry).not.toBe(lang === SOURCE_LANG ? '保护' : 'Protection');
  });

  it('services: each need’s list says in its summary how many bodies it holds', () => {
    const finder = page(`${prefix}/services/`);
    const groups = finder.querySelectorAll('main [data-need-group]');
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const count = group.querySelectorAll('[data-service]').length;
      const summary = group.querySelector('details.need-group > summary');
      expect(summary, group.id).not.toBeNull();
      expect(summary!.textContent, group.id).toContain(new Intl.NumberFormat(lang).format(count));
    }
  });

  it('the protection centre’s page says where it is, with the source the foreign-companies guide cites', () => {
    // The place and its source are written once in the guide's sources; the centre's page links the same page.
    const guide = readFileSync(`content/pages/${lang}/foreign-companies.md`, 'utf8');
    const source = /kjc\.changzhou\.gov\.cn\/class\/\w+/.exec(guide)![0];
    const centre = page(`${prefix}/services/protection-centre/`);
    expect(centre.querySelector(`main a[href="https://${source}"]`), source).not.toBeNull();
  });
});

describe('Markdown tables reflow on a phone and with large text', () => {
  // The pages whose content files hold a Markdown table (a line starting with "|").
  const withTables = (dir: string) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.mdx?$/.test(f))
      .filter((f) => {
        const parsed = parseContent(f, readFileSync(`${dir}/${f}`, 'utf8')) as { body?: string };
        return /^\|/m.test(parsed.body ?? '');
      });
  it('gives every cell of every table on those pages its column’s name', () => {
    expect(withTables('content').length).toBeGreaterThan(0);
    const urls = pageUrls().filter((url) => /\/(data|progress\/[^/]+|overseas)\/$/.test(url));
    let tables = 0;
    for (const url of urls)
      for (const table of page(url).querySelectorAll('main table')) {
        if (!table.querySelector('thead')) continue;
        tables += 1;
        expect(table.hasAttribute('data-stack'), `${url}: a table does not stack`).toBe(true);
        for (const cell of table.querySelectorAll('tbody td'))
          expect(cell.getAttribute('data-label'), `${url}: a cell without its column's name`).toBeTruthy();
      }
    expect(tables).toBeGreaterThan(0);
  });
});
