// The overseas guide and its two companion pages in the built site: every legal rule with its article,
// the steps as the content defines them, and the links that lead readers to the guides.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';
import { GUIDES } from '../../src/lib/overseas/guides.ts';
import { chooseRoute } from '../../src/lib/overseas/chooser.ts';

// The rules the guide must state (issue 11), each as the article citation a reader would see.
const RULES = {
  zh: ['《专利法》(2020年修正)第十九条', '《专利法实施细则》(2023年修订)第八条第三款', '《专利法实施细则》(2023年修订)第九条', '第4条C(1)', '第4条C(2)', '第4条C(3)', 'PCT第8条', '第一百二十条', '第80.2条', '第80.5条', '第6条(3)', '第9条之五', '2022年5月5日', '第二十四条', '第三十三条第三款', '第二十二条第二款', '《巴黎公约》第11条'],
  en: ['Patent Law of the PRC, 2020 amendment, Article 19', 'Implementing Regulations of the Patent Law, 2023 revision, Article 8, paragraph 3', 'Implementing Regulations of the Patent Law, 2023 revision, Article 9', 'Article 4C(1)', 'Article 4C(2)', 'Article 4C(3)', 'PCT Article 8', 'Article 120', 'Rule 80.2', 'Rule 80.5', 'Article 6(3)', 'Article 9quinquies', '5 May 2022', 'Article 24', 'Article 33, paragraphs 3 and 5', 'Article 22, paragraph 2', 'Article 11 of the Paris Convention'],
};

// Superseded or too-narrow wording the legal review found; none may come back.
const RETIRED = {
  zh: ['2010年修订', '受理局或指定局', '部分国家31个月'],
  en: ['2010 revision', ', Rule 8', 'receiving or designated office', '(31 in some)'],
};

describe.each([['zh', ''], ['en', '/en']] as const)('overseas guide (%s)', (lang, prefix) => {
  const guide = page(`${prefix}/overseas/`);
  // NFKC: Chinese pages show full-width punctuation (GB/T 15834); the rules below are typed half-width.
  const text = guide.querySelector('main')!.textContent.replace(/\s+/g, ' ').normalize('NFKC');

  it('states every rule with its article', () => {
    for (const rule of RULES[lang]) expect(text, rule).toContain(rule.normalize('NFKC'));
  });

  it('cites the 2023 Implementing Regulations, not the superseded 2010 text, and no narrowed rules', () => {
    const planner = guide.querySelector('[data-filing-planner]')!.getAttribute('data-labels')!;
    for (const retired of RETIRED[lang]) {
      expect(text, retired).not.toContain(retired);
      expect(planner, retired).not.toContain(retired);
    }
  });

  it('tells every chooser answer to check that the target countries are members', () => {
    for (const block of guide.querySelectorAll('[data-route-for]')) {
      expect(block.textContent, block.getAttribute('data-route-for')!).toMatch(/是否为成员|is a member/);
    }
  });

  it('shows the steps the content defines, the confidentiality examination before choosing the route', () => {
    const ids = [...readFileSync(`content/overseas/${lang}.mdx`, 'utf8').matchAll(/\\\{#(step-\d+)\\\}/g)].map((m) => m[1]);
    expect(guide.querySelectorAll('.step-nav li a').map((a) => a.getAttribute('href'))).toEqual(ids.map((id) => `#${id}`));
    const headings = ids.map((id) => guide.getElementById(id)!.textContent);
    const confidentiality = headings.findIndex((h) => /保密审查|confidentiality examination/.test(h));
    const route = headings.findIndex((h) => /选择申请途径|Choose the route/.test(h));
    expect(confidentiality).toBeGreaterThanOrEqual(0);
    expect(confidentiality).toBeLessThan(route);
  });

  it('names the office where protection is sought, not the receiving office, for closed days', () => {
    expect(text).not.toContain('遇受理局不办公');
    expect(text).toMatch(/申请保护的国家或地区的主管局|office of the country where protection is sought/);
  });

  it('starts exactly the invention and utility-model answers of the chooser with the confidentiality examination', () => {
    for (const block of guide.querySelectorAll('[data-route-for]')) {
      const [right, countries] = block.getAttribute('data-route-for')!.split(':');
      const first = block.querySelector('p')!;
      const expected = chooseRoute(right as 'invention', countries as 'few').confidentialityFirst;
      expect(first.hasAttribute('data-confidentiality-first'), `${right}:${countries}`).toBe(expected);
    }
  });

  it('cites the WIPO treaty pages and the national law database', () => {
    for (const treaty of ['paris', 'pct', 'hague', 'madrid']) expect(guide.querySelector(`a[href*="wipo.int/"][href*="${treaty}"]`), treaty).not.toBeNull();
    expect(guide.querySelector('a[href^="https://flk.npc.gov.cn"]')).not.toBeNull();
  });

  it('leads from the home page to the disputes-abroad entry and the foreign-company guide', () => {
    const home = page(`${prefix}/`);
    for (const path of ['/disputes-abroad/', '/foreign-companies/']) expect(home.querySelector(`main a[href="${prefix}${path}"]`), path).not.toBeNull();
  });

  it('links every service a guide uses back to that guide', () => {
    for (const guide of GUIDES) {
      for (const slug of guide.services) {
        const service = page(`${prefix}/services/${slug}/`);
        expect(service.querySelector(`[data-guides-for] a[href="${prefix}${guide.path}"]`), `${slug} → ${guide.path}`).not.toBeNull();
      }
    }
  });

  it('sends readers facing a dispute abroad to the guidance centre, rights assistance and the workstation', () => {
    const disputes = page(`${prefix}/disputes-abroad/`);
    for (const slug of ['overseas-dispute-guidance-centre', 'rights-assistance', 'trade-friction-workstation']) {
      expect(disputes.querySelector(`main a[href="${prefix}/services/${slug}/"]`), slug).not.toBeNull();
    }
    expect(disputes.querySelectorAll('main ol li').length).toBeGreaterThan(0);
  });

  it('tells foreign companies the agency rule with both articles and links the plan clause', () => {
    const foreign = page(`${prefix}/foreign-companies/`).querySelector('main')!;
    expect(foreign.textContent.normalize('NFKC')).toMatch(lang === 'zh' ? /《专利法》\(2020年修正\)第十八条[\s\S]*《商标法》\(2019年修正\)第十八条/ : /Patent Law of the PRC, 2020 amendment, Article 18[\s\S]*Trademark Law of the PRC, 2019 amendment, Article 18/);
    expect(foreign.querySelector(`a[href="${prefix}/plan/#task-4-1-1"]`)).not.toBeNull();
  });

  it('tells foreign companies who may use the Hague System, with its article, and calls 同保护 equal protection', () => {
    const foreign = page(`${prefix}/foreign-companies/`).querySelector('main')!.textContent.replace(/\s+/g, ' ').normalize('NFKC');
    expect(foreign).toContain(lang === 'zh' ? '海牙协定(1999年文本)第3条' : 'Hague Agreement, 1999 Act, Article 3');
    if (lang === 'en') {
      expect(foreign).toContain('equal protection');
      expect(foreign).not.toContain('coordinated protection');
    }
  });
});
