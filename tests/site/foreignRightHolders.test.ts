// The two guides a foreign right-holder reads (a German company's reviewer, in English): the guide for foreign
// companies answers first that the plan is over and set nothing of its own for them, so the law applies, and
// sends its priority dates to the filing planner; the infringement guide names the bodies such a reader looks
// for, each with the source the site already cites. Every language, since the pages are twins.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { page } from '../support/dist.ts';
import { CONTENT_LANGS, LOCALES, SOURCE_LANG, localePath, type Lang } from '../../src/i18n/locales.ts';
import { PLANNER_PATH } from '../../src/lib/content/routes.ts';
import { HOTLINE_12330, HOTLINE_12345 } from '../../src/lib/services/wayForward.ts';

/** The progress record that marks the end of the plan's period (its file name says so). */
const PLAN_END = readdirSync(`content/progress/${SOURCE_LANG}`)
  .map((f) => f.replace(/\.md$/, ''))
  .find((slug) => slug.endsWith('plan-period-ends'))!;

/** The courts' IP caseload published by the Changzhou Intermediate People's Court itself (not a newspaper). */
const COURT_RELEASE = readdirSync('content/court-cases')
  .map((f) => JSON.parse(readFileSync(`content/court-cases/${f}`, 'utf8')) as CourtCases)
  .find((year) => year.source.publisherEn === "Changzhou Intermediate People's Court")!;
interface CourtCases {
  record: string;
  source: { publisherEn: string; url: string };
}

/** The elements of a section: everything after its heading up to the next section heading. */
function section(main: HTMLElement, id: string): HTMLElement[] {
  const parts: HTMLElement[] = [];
  for (let el = main.querySelector(`#${id}`)?.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling)
    parts.push(el);
  return parts;
}

/** Where CNIPA publishes the lawfully established patent agencies and patent attorneys. */
const CNIPA_AGENCIES = 'https://dlgl.cnipa.gov.cn/';

const links = (parts: HTMLElement[], href: string) => parts.flatMap((el) => el.querySelectorAll(`a[href="${href}"]`));

describe.each(LOCALES)('guides for a foreign right-holder (%s)', (lang: Lang) => {
  const at = (path: string) => localePath(lang, path, '');

  describe('the guide for foreign companies', () => {
    const main = page(at('/foreign-companies/')).querySelector('main')!;

    it('opens with the plan’s end, before the in-short box, and says it only there', () => {
      const end = main.querySelectorAll(`a[href="${at(`/progress/${PLAN_END}/`)}"]`);
      expect(end.length, 'the plan’s end is said once').toBe(1);
      const html = main.innerHTML;
      expect(html.indexOf(`/progress/${PLAN_END}/`)).toBeLessThan(html.indexOf('id="in-short"'));
      // The first paragraph of the guide itself, right after the not-legal-advice line.
      expect(main.querySelector('[data-legal-notice] + p')?.querySelector('a')?.getAttribute('href')).toBe(
        at(`/progress/${PLAN_END}/`),
      );
    });

    it('sends the priority dates to the filing planner', () => {
      expect(links(section(main, 'priority-into-china'), at(PLANNER_PATH)).length).toBe(1);
    });

    it('tells a company that must use a patent agency where CNIPA publishes the agencies', () => {
      // CNIPA's patent agency management system (docs/research/patent-agencies.md): in who files, and as a source.
      expect(links(section(main, 'who-files'), CNIPA_AGENCIES).length).toBe(1);
      expect(links(section(main, main.querySelectorAll('h2').at(-1)!.id), CNIPA_AGENCIES).length).toBe(1);
    });

    it('leads applicants from the Taiwan region, Hong Kong and Macao from who files to their own section, sourced', () => {
      expect(main.querySelector('h2#taiwan-hong-kong-macau')).not.toBeNull();
      expect(links(section(main, 'who-files'), '#taiwan-hong-kong-macau').length).toBe(1);
      // The Hong Kong IPD's own page for the standard patent (R); the Trademark Office's Taiwan-region rule.
      const sources: HTMLElement[] = [];
      for (let el = main.querySelectorAll('h2').at(-1)!.nextElementSibling; el; el = el.nextElementSibling)
        sources.push(el);
      for (const href of [
        'https://ipd.gov.hk/en/patents/faqs/standard-patent-r/index.html',
        'http://depts.taiwan.cn/stzc/201801/t20180112_11890283.htm',
      ])
        expect(links(sources, href).length, href).toBe(1);
      // It sends no one to the planner, whose "first filing outside China" follows Patent Law Arts 29–30.
      expect(links(section(main, 'taiwan-hong-kong-macau'), at(PLANNER_PATH))).toHaveLength(0);
    });
  });

  describe('the infringement guide', () => {
    const main = page(at('/infringement/')).querySelector('main')!;
    const help = section(main, 'who-can-help');
    const helpText = help.map((el) => el.textContent).join(' ');

    it('names the protection centre first among who can help, with the source of what it does', () => {
      const first = help.find((el) => el.tagName === 'UL')!.querySelector('li a');
      expect(first?.getAttribute('href')).toBe(at('/services/protection-centre/'));
      // The same source the foreign-companies guide and the centre's own page cite for its model of service.
      expect(main.textContent).toContain('kjc.changzhou.gov.cn/class/FMBCKNND');
    });

    it('names the units for administrative enforcement as the plan’s clause does, and links the clause', () => {
      const clause = page(at('/plan/')).getElementById('task-2-2-2')!;
      const units = clause.querySelectorAll('a[href*="/plan/units/#unit-"]').map((a) => a.textContent.trim());
      expect(units.length).toBeGreaterThan(0);
      for (const unit of units) expect(helpText, unit).toContain(unit);
      expect(links(help, at('/plan/#task-2-2-2')).length).toBe(1);
    });

    it('points to the courts with the Intermediate People’s Court’s own release, cited', () => {
      expect(links(help, at(`/progress/${COURT_RELEASE.record}/`)).length).toBe(1);
      expect(main.querySelector(`a[href="${COURT_RELEASE.source.url}"]`)).not.toBeNull();
    });

    // Moved (resident review 13): the Paris Convention paragraph took a full screen at 390 px with 200% text above
    // "who can help"; it now has its own section for rights granted abroad, which the contents list offers.
    it('says, in a section for rights granted abroad that the contents list offers, that a right protects only where it was granted, citing the Paris Convention', () => {
      const abroad = section(main, 'rights-granted-abroad');
      expect(links(abroad, at('/foreign-companies/')).length).toBe(1);
      expect(main.querySelector('.page-contents a[href="#rights-granted-abroad"]')).not.toBeNull();
      expect(main.querySelector('a[href="https://www.wipo.int/treaties/en/ip/paris/"]')).not.toBeNull();
    });

    // An older reader at 390 px with 200% text found "who can help" 7.5 screens down and no 12345 on the page.
    it('puts who can help, with 12330 and 12345 as call buttons, right after the opening and before the steps', () => {
      const html = main.innerHTML;
      expect(html.indexOf('id="who-can-help"')).toBeGreaterThan(-1);
      expect(html.indexOf('id="who-can-help"')).toBeLessThan(html.indexOf('id="what-you-can-do"'));
      // Right after the opening (the contents list aside): only the bystander's short block stands between
      // (resident review 12: a shopkeeper who sees fakes for sale is not the brand's owner).
      const sections = main.querySelectorAll('article h2[id]').filter((h) => h.id !== 'page-contents-heading');
      expect(sections.slice(0, 2).map((h) => h.id)).toEqual(['seen-fakes-for-sale', 'who-can-help']);
      // Both calls stand on their own lines, as buttons kept together in one group (which print keeps on one sheet).
      const group = help.find((el) => el.classList.contains('call-buttons'));
      for (const number of [HOTLINE_12330.number, HOTLINE_12345.number]) {
        const button = group?.querySelectorAll('p').find((p) => p.querySelector(`a[href="tel:${number}"]`));
        expect(button?.childNodes.filter((n) => n.textContent.trim()).length, number).toBe(1);
        expect(button?.querySelector('a')?.classList.contains('call-button'), number).toBe(true);
      }
      // How the two lines relate is said once, with the State Council's document linked in the sources.
      expect(main.querySelector(`a[href="${HOTLINE_12345.source.url}"]`)).not.toBeNull();
    });

    it('gives a reader who is not the right holder a block of his own before who can help: whom to tell, with sources', () => {
      const html = main.innerHTML;
      expect(html.indexOf('id="seen-fakes-for-sale"')).toBeGreaterThan(-1);
      expect(html.indexOf('id="seen-fakes-for-sale"')).toBeLessThan(html.indexOf('id="who-can-help"'));
      const block = section(main, 'seen-fakes-for-sale');
      expect(links(block, at(`/services/${HOTLINE_12330.slug}/`)).length).toBe(1);
      // 12330 inside the sentence is a plain link, not a call button.
      const tel = block.flatMap((el) => el.querySelectorAll(`a[href="tel:${HOTLINE_12330.number}"]`));
      expect(tel.length).toBe(1);
      expect(tel[0]!.classList.contains('call-button')).toBe(false);
      // A box of its own under the opening, before the contents list: the first thing such a reader meets.
      expect(main.querySelector('aside.notice #seen-fakes-for-sale')).not.toBeNull();
      expect(html.indexOf('id="seen-fakes-for-sale"')).toBeLessThan(html.indexOf('class="page-contents"'));
    });
  });
});

/** What a reader of each written language reads for the bystander's report and for designs (the generated
 *  edition converts the source's characters, so it is checked through the source). */
const WORDS = (lang: Lang) =>
  lang === SOURCE_LANG
    ? {
        report: '《市场监督管理投诉举报处理暂行办法》第三条第二款',
        reward: '《市场监管领域重大违法行为举报奖励暂行办法》第二条',
        design: '外观设计',
        patentArt2: '《专利法》第二条',
        sourceArt2: /《中华人民共和国专利法》[^\n]*第二条/,
      }
    : {
        report: 'Interim Measures for Handling Market Regulation Complaints and Reports, Article 3, paragraph 2',
        reward:
          'Interim Measures for Rewarding Reports of Serious Violations in the Field of Market Regulation, Article 2',
        design: 'design',
        patentArt2: 'Patent Law, Article 2',
        sourceArt2: /Patent Law of the People's Republic of China[^\n]*Articles 2,/,
      };

describe.each(CONTENT_LANGS)('the infringement guide’s words (%s)', (lang) => {
  const main = page(localePath(lang, '/infringement/', '')).querySelector('main')!;
  const words = WORDS(lang);
  const text = main.textContent;
  const opening = text.slice(0, text.indexOf(main.querySelector('#who-can-help')!.textContent));

  it('tells a bystander before who can help that he can report counterfeits and may be rewarded, citing both Interim Measures', () => {
    expect(opening).toContain(words.report);
    expect(opening).toContain(words.reward);
  });

  // A foreign investor whose supplier copied his design found no "design" on the page.
  it('says before the steps that a design is protected by a patent in China and enforced the same way, citing Patent Law Article 2', () => {
    expect(opening).toContain(words.design);
    expect(opening).toContain(words.patentArt2);
    const steps = main.querySelector('#what-you-can-do')!.nextElementSibling!.textContent;
    expect(steps).toContain(words.design);
    expect(text).toMatch(words.sourceArt2);
  });
});
