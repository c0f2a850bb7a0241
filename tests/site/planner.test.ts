// The filing planner's own page (/overseas/planner/) in the built site, in every language: reached from the
// overseas guide's step 3 and step list, titled for what the reader can do, with the guide's legal notice,
// breadcrumbs back to the guide, the guide's context and sources linked, and a "who can help" block naming only
// bodies that exist, from the guide's own list. No page links to the planner's old place on the guide.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page, pageUrls } from '../support/dist.ts';
import { LOCALES, SOURCE_LANG, contentLang, localePath, type Lang } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { parseContent } from '../../src/lib/content/parse.ts';
import { FILING_HELP_SECTION, servicesInSection } from '../../src/lib/overseas/filingHelp.ts';
import { PLANNER_PATH } from '../../src/lib/content/routes.ts';
import { foldPunctuationWidth as fold } from '../../src/lib/typography/punctuation.ts';

/** The guide's front matter and body in the language a page reads its content in. */
function guideFile(lang: Lang) {
  const file = `content/overseas/${contentLang(lang)}.mdx`;
  const text = readFileSync(file, 'utf8');
  const { data } = parseContent(file, text) as { data: { updated: string } };
  return { updated: data.updated, body: text };
}

/** Whether a service body exists today (its standing), from its source-language record. */
function exists(slug: string): boolean {
  const file = `content/services/${SOURCE_LANG}/${slug}.md`;
  const { data } = parseContent(file, readFileSync(file, 'utf8')) as { data: { standing: { status: string } } };
  return data.standing.status === 'exists';
}

describe.each(LOCALES)('the filing planner page (%s)', (lang) => {
  const t = useTranslations(lang);
  const url = localePath(lang, PLANNER_PATH, '');
  const guideUrl = localePath(lang, '/overseas/', '');
  const planner = page(url);
  const main = planner.querySelector('main')!;

  it('is linked from the guide, under step 3 and in the step list, with words that say what it does', () => {
    const guide = page(guideUrl);
    const links = guide.querySelectorAll(`main a[href="${url}"]`);
    expect(links.length).toBeGreaterThanOrEqual(2);
    expect(guide.querySelector(`.step-nav a[href="${url}"]`)).not.toBeNull();
    const way = guide.querySelector('[data-planner-link]')!;
    expect(way.querySelector(`a[href="${url}"]`)).not.toBeNull();
    // Where the planner was: inside step 3, after the route chooser.
    const html = guide.querySelector('main')!.innerHTML;
    expect(html.indexOf('id="step-3"')).toBeLessThan(html.indexOf('data-planner-link'));
    expect(html.indexOf('data-planner-link')).toBeLessThan(html.indexOf('id="step-4"'));
  });

  it('is titled for what the reader can do, and holds the planner with its form and its checklist to print', () => {
    expect(fold(main.querySelector('h1')!.textContent)).toBe(fold(t('plannerPage.title')));
    expect(main.querySelector('[data-filing-planner]')).not.toBeNull();
    expect(main.querySelector('[data-planner-result]')).not.toBeNull();
    expect(main.querySelector('[data-planner-paper]')).not.toBeNull();
    // One heading per level down: the page's h1, the planner's h2, its parts' h3.
    expect(main.querySelector('#planner-heading')!.tagName).toBe('H2');
    expect(main.querySelector('#planner-paper-heading')!.tagName).toBe('H3');
  });

  it("says straight after its heading that it is not legal advice, with the day the guide's law was checked", () => {
    const notice = main.querySelector('h1')!.nextElementSibling!;
    expect(notice.hasAttribute('data-legal-notice')).toBe(true);
    expect(fold(notice.textContent)).toContain(fold(t('guides.notLegalAdvice')));
    expect(notice.querySelector('time')!.getAttribute('datetime')).toBe(guideFile(lang).updated);
  });

  it('leads back to the guide in its breadcrumbs', () => {
    const crumbs = planner.querySelector('nav.breadcrumbs')!;
    expect(crumbs.querySelector(`a[href="${guideUrl}"]`)!.textContent.trim()).toBe(t('nav.overseas'));
    expect(crumbs.querySelector('[aria-current="page"]')!.textContent.trim()).toBe(t('plannerPage.title'));
  });

  it("links the guide's sections a reader needs beside the dates, and its sources, each to a heading that is there", () => {
    const guide = page(guideUrl);
    const hrefs = main
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href')!)
      .filter((href) => href.startsWith(`${guideUrl}#`));
    for (const id of ['step-2', 'step-3', 'counting', 'missed', 'sources', FILING_HELP_SECTION])
      expect(hrefs, id).toContain(`${guideUrl}#${id}`);
    for (const href of hrefs) expect(guide.getElementById(href.split('#')[1]), href).not.toBeNull();
  });

  it('ends the printed checklist with the bodies the guide names to help file abroad, only those that exist', () => {
    const named = servicesInSection(guideFile(lang).body, FILING_HELP_SECTION);
    const help = main.querySelector('[data-planner-help]')!;
    expect(help.hasAttribute('data-print-keep')).toBe(true);
    const listed = help.querySelectorAll('[data-help-body]').map((li) => li.getAttribute('data-help-body'));
    expect(listed).toEqual(named.filter(exists));
    // The guide names a proposal too (the brand guidance station): it is not offered as help.
    expect(named.filter((slug) => !exists(slug)).length).toBeGreaterThan(0);
    for (const slug of listed)
      expect(help.querySelector(`a[href="${localePath(lang, `/services/${slug}/`, '')}"]`), slug).not.toBeNull();
    // After the planner, so the printed checklist ends with it.
    const html = main.innerHTML;
    expect(html.indexOf('data-planner-paper')).toBeLessThan(html.indexOf('data-planner-help'));
  });

  it('tells readers what they see, not how the page works', () => {
    expect(main.textContent).not.toMatch(/JavaScript/i);
  });
});

describe("the planner's old place", () => {
  it('is linked from no page: every link to the planner goes to its own page', () => {
    const old = /#planner-(heading|paper-heading)$/;
    const stale = pageUrls().flatMap((url) =>
      page(url)
        .querySelectorAll('a[href]')
        .map((a) => a.getAttribute('href')!)
        .filter((href) => old.test(href))
        .map((href) => `${url} → ${href}`),
    );
    expect(stale).toEqual([]);
  });
});
