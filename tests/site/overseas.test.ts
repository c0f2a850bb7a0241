// The overseas guide and its two companion pages in the built site: every legal rule with its article,
// the steps as the content defines them, and the links that lead readers to the guides.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { page } from '../support/dist.ts';
import { GUIDES, guidesForService, type Guide } from '../../src/lib/overseas/guides.ts';
import { parseContent } from '../../src/lib/content/parse.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { foldPunctuationWidth as fold } from '../../src/lib/typography/punctuation.ts';
import { chooseRoute } from '../../src/lib/overseas/chooser.ts';

const terms = JSON.parse(readFileSync('content/glossary/terms.json', 'utf8')) as Array<{ zh: string; en: string }>;

/** The elements of a guide's section: everything after its heading up to the next section heading. */
function sectionOf(doc: HTMLElement, id: string): HTMLElement[] {
  const parts: HTMLElement[] = [];
  for (
    let node = doc.getElementById(id)?.nextElementSibling;
    node && node.tagName !== 'H2';
    node = node.nextElementSibling
  )
    parts.push(node as HTMLElement);
  return parts;
}

/** A section's words with runs of white space as one space, in NFKC (full-width brackets and digits as ASCII). */
const normalisedText = (parts: HTMLElement[]) =>
  parts
    .map((node) => node.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')
    .normalize('NFKC');

/** The services a guide sends readers to: those it names and those with a need it answers. */
function servicesOf(guide: Guide): string[] {
  return readdirSync('content/services/zh')
    .map((f) => `content/services/zh/${f}`)
    .map((file) => ({
      file,
      data: (parseContent(file, readFileSync(file, 'utf8')) as { data: { needs: string[] } }).data,
    }))
    .map(({ file, data }) => ({ slug: file.replace(/^.*\/|\.md$/g, ''), needs: data.needs }))
    .filter((service) => guidesForService(service).includes(guide))
    .map((service) => service.slug);
}

// The rules the guide must state (issue 11), each as the article citation a reader would see.
const RULES = {
  zh: [
    '《专利法》(2020年修正)第十九条',
    '《专利法实施细则》(2023年修订)第八条第三款',
    '《专利法实施细则》(2023年修订)第九条',
    '第4条C(1)',
    '第4条C(2)',
    '第4条C(3)',
    'PCT第8条',
    '第一百二十条',
    '第80.2条',
    '第80.5条',
    '第6条(3)',
    '第9条之五',
    '2022年5月5日',
    '第二十四条',
    '第三十三条第三款',
    '第二十二条第二款',
    '《巴黎公约》第11条',
    // Issue 25: the confidentiality examination's consequences, priority remedies, Madrid through CNIPA.
    '第八条第一款',
    '第五十条第一款',
    '第五十九条第(二)项',
    '第六十九条第二款',
    '《专利法》第四十五条',
    '《专利法》第七十八条',
    '《专利法》第四十条',
    '第一百二十二条、第六条第一款',
    '第一百二十八条',
    '第三十六条',
    '第49.6条(b)',
    '《马德里协定有关议定书》第3条(4)',
    '第四十九条第二款',
    '第4条(1)(a)',
    '第一百三十六条',
    '《欧洲专利公约》第55条(1)',
    '第三十三条第一款',
    '《商标法》(2019年修正)第二十六条',
    '国务院令第801号',
    // Issue 25, second review: filing abroad waits for the result; Hague filing rights; PCT at 20 months.
    '《专利法》第十九条第二款、第三款',
    '修改前的PCT第22条(1)',
  ],
  en: [
    'Patent Law of the PRC, 2020 amendment, Article 19',
    'Implementing Regulations of the Patent Law, 2023 revision, Article 8, paragraph 3',
    'Implementing Regulations of the Patent Law, 2023 revision, Article 9',
    'Article 4C(1)',
    'Article 4C(2)',
    'Article 4C(3)',
    'PCT Article 8',
    'Article 120',
    'Rule 80.2',
    'Rule 80.5',
    'Article 6(3)',
    'Article 9quinquies',
    '5 May 2022',
    'Article 24',
    'Article 33, paragraphs 3 and 5',
    'Article 22, paragraph 2',
    'Article 11 of the Paris Convention',
    'Article 8, paragraph 1',
    'Article 50, paragraph 1, items 1 and 2',
    'Article 59, item 2',
    'Article 69, paragraph 2',
    'Patent Law, Article 45',
    'Patent Law, Article 78',
    'Patent Law, Article 40',
    'Article 122 and Article 6, paragraph 1',
    'Article 128',
    'Article 36',
    'Rule 49.6(b)',
    'Madrid Protocol Article 3(4)',
    'Article 49, paragraph 2',
    'Article 4(1)(a)',
    'Article 136',
    'European Patent Convention, Article 55(1)',
    'Article 33, paragraph 1',
    'Trademark Law of the PRC, 2019 amendment, Article 26',
    'State Council Decree No. 801',
    'Patent Law, Article 19, paragraphs 2 and 3',
    'former PCT Article 22(1)',
  ],
};

// Superseded or too-narrow wording the legal review found; none may come back.
const RETIRED = {
  zh: ['2010年修订', '受理局或指定局', '部分国家31个月', '出境参展', '必须事先请求', '必须先请求保密审查'],
  en: [
    '2010 revision',
    ', Rule 8',
    'receiving or designated office',
    '(31 in some)',
    'exhibitors going abroad',
    'China IP News',
    // A reinstatement event must not be titled as if its outer limit were the day to act on (PCT Rule 49.6(b)).
    'Outer limit to ask for reinstatement',
  ],
};

describe.each([
  ['zh', ''],
  ['en', '/en'],
] as const)('overseas guide (%s)', (lang, prefix) => {
  const guide = page(`${prefix}/overseas/`);
  // NFKC: Chinese pages show full-width punctuation (GB/T 15834); the rules below are typed half-width.
  const text = guide.querySelector('main')!.textContent.replace(/\s+/g, ' ').normalize('NFKC');

  it('tells readers what they see, not how the page works (no "without JavaScript" on screen or paper)', () => {
    expect(text).not.toMatch(/JavaScript/i);
  });

  it('states every rule with its article', () => {
    for (const rule of RULES[lang]) expect(text, rule).toContain(rule.normalize('NFKC'));
  });

  it('cites the 2023 Implementing Regulations, not the superseded 2010 text, and no narrowed rules', () => {
    // The planner's words are on its own page: its form hands them to its script.
    const planner = page(`${prefix}/overseas/planner/`)
      .querySelector('[data-filing-planner]')!
      .getAttribute('data-labels')!;
    for (const retired of RETIRED[lang]) {
      expect(text, retired).not.toContain(retired);
      expect(planner, retired).not.toContain(retired);
    }
  });

  it('says to wait for the result of the confidentiality examination before filing abroad, in the three rules and step 2', () => {
    const wait = lang === 'zh' ? '等审查结果' : 'wait for the result before you file';
    const rules = guide.querySelector('main ul')!.textContent;
    expect(rules).toContain(wait);
    const step2 = [] as string[];
    for (
      let node = guide.getElementById('step-2')?.nextElementSibling;
      node && node.tagName !== 'H2';
      node = node.nextElementSibling
    )
      step2.push(node.textContent);
    const text2 = step2.join(' ').normalize('NFKC');
    expect(text2).toContain(lang === 'zh' ? '决定需要保密的,不得向外国申请' : 'you may not file it abroad');
    // A first filing already made abroad is named, with what to do next.
    expect(text2).toMatch(/已经先在国外申请的|If you have already filed abroad first/);
  });

  it('says most offices allow 30 months for the national phase, not all, and names the 20-month offices', () => {
    expect(text).toMatch(/多数专利局进入国家阶段的期限|At most offices the national phase/);
    expect(text).toMatch(/卢森堡和坦桑尼亚|Luxembourg and Tanzania/);
  });

  it('lets designs use the Hague System in OAPI and names Eurasian design patents', () => {
    const regional = [] as string[];
    for (
      let node = guide.getElementById('regional')?.nextElementSibling;
      node && node.tagName !== 'H3';
      node = node.nextElementSibling
    )
      regional.push(node.textContent);
    const section = regional.join(' ');
    expect(section).toMatch(
      /海牙体系可以指定欧盟和OAPI|the Madrid System can designate the EU and OAPI, and so can the Hague System/,
    );
    expect(section).toMatch(/2021年6月1日起也受理欧亚外观设计|since 1 June 2021 Eurasian design patents/);
  });

  it('tells trade-fair exhibitors that an invention made in China needs step 2 before a first filing abroad', () => {
    const before = guide.getElementById('fair-before')!.nextElementSibling!.textContent;
    expect(before).toMatch(/先完成第2步|complete step 2/);
  });

  it('restores and reinstates in the page body, with the WIPO table of national-phase time limits', () => {
    const missed = guide.getElementById('missed')!;
    expect(missed).not.toBeNull();
    expect(guide.querySelector('a[href="https://www.wipo.int/pct/en/texts/time_limits.html"]')).not.toBeNull();
    expect(text).toMatch(/恢复优先权[\s\S]*恢复权利|restore the priority[\s\S]*reinstate your rights/);
  });

  it('names the utility-model trap and every consequence of skipping the confidentiality examination', () => {
    for (const id of ['confidentiality-breach', 'utility-model-trap'])
      expect(guide.getElementById(id), id).not.toBeNull();
    const consequences = guide.getElementById('confidentiality-breach')!.nextElementSibling!;
    expect(consequences.querySelectorAll('li').length).toBeGreaterThanOrEqual(4);
  });

  it('covers regional routes, who can help and the trade fair before, during and after', () => {
    for (const id of [
      'regional',
      'who-can-help',
      'fair-before',
      'fair-china',
      'fair-abroad',
      'fair-during',
      'fair-after',
    ])
      expect(guide.getElementById(id), id).not.toBeNull();
  });

  it("names each chooser answer's regional offices and links them to the regional routes", () => {
    for (const block of guide.querySelectorAll('[data-route-for]')) {
      const [right, countries] = block.getAttribute('data-route-for')!.split(':');
      const regional = block.querySelector('[data-regional]')!;
      expect(regional.querySelector('a[href="#regional"]'), right).not.toBeNull();
      const offices = chooseRoute(right as 'invention', countries as 'few').regional;
      for (const office of offices) expect(regional.textContent, `${right} ${office}`).toContain(office.toUpperCase());
    }
  });

  it("tells the chooser's invention answers that R&D done in China by a foreign company counts", () => {
    const block = guide.querySelector('[data-route-for="invention:many"] [data-confidentiality-first]')!;
    expect(block.textContent).toMatch(/外国公司在中国研发|R&D done in China by a foreign company/);
  });

  it('tells the chooser answers that advise the Paris route for a patent when the PCT at CNIPA is safer, with its article', () => {
    for (const block of guide.querySelectorAll('[data-route-for]')) {
      const [right, countries] = block.getAttribute('data-route-for')!.split(':');
      const line = block.querySelector('[data-pct-when-late]');
      const expected = chooseRoute(right as 'invention', countries as 'few').pctWhenPriorityYearShort;
      expect(line !== null, `${right}:${countries}`).toBe(expected);
      if (line) expect(line.textContent).toMatch(/第八条第三款|Article 8, paragraph 3/);
    }
  });

  it('tells every chooser answer to check that the target countries are members', () => {
    for (const block of guide.querySelectorAll('[data-route-for]')) {
      expect(block.textContent, block.getAttribute('data-route-for')!).toMatch(/是否为成员|is a member/);
    }
  });

  it('shows the steps the content defines, the confidentiality examination before choosing the route', () => {
    const ids = [...readFileSync(`content/overseas/${lang}.mdx`, 'utf8').matchAll(/\\\{#(step-\d+)\\\}/g)].map(
      (m) => m[1],
    );
    expect(guide.querySelectorAll('.step-nav > ol > li > a').map((a) => a.getAttribute('href'))).toEqual(
      ids.map((id) => `#${id}`),
    );
    const headings = ids.map((id) => guide.getElementById(id)!.textContent);
    const confidentiality = headings.findIndex((h) => /保密审查|confidentiality examination/.test(h));
    const route = headings.findIndex((h) => /选择申请途径|Choose the route/.test(h));
    expect(confidentiality).toBeGreaterThanOrEqual(0);
    expect(confidentiality).toBeLessThan(route);
  });

  it('links both tools from the step list under their step: the route chooser on the page, the planner on its own', () => {
    const t = useTranslations(lang);
    const tools = guide.querySelectorAll('.step-nav .step-nav__tools a');
    expect(tools.map((a) => [a.getAttribute('href'), fold(a.textContent)])).toEqual([
      ['#chooser-heading', fold(t('chooser.title'))],
      [`${prefix}/overseas/planner/`, fold(t('plannerPage.title'))],
    ]);
    // Each leads somewhere under the step that holds it, and the page shows the chooser before the way to the
    // planner: the chooser itself, and where the planner was, what it does and the link to its page.
    const html = guide.querySelector('main')!.innerHTML;
    const step = tools[0].closest('li')!.parentNode.closest('li')!.querySelector('a')!.getAttribute('href')!;
    for (const id of ['chooser-heading', 'planner-heading']) {
      expect(guide.getElementById(id), id).not.toBeNull();
      expect(html.indexOf(`id="${step.slice(1)}"`)).toBeLessThan(html.indexOf(`id="${id}"`));
    }
    expect(html.indexOf('id="chooser-heading"')).toBeLessThan(html.indexOf('id="planner-heading"'));
    const way = guide.querySelector('[data-planner-link]')!;
    expect(fold(way.textContent)).toContain(fold(t('plannerPage.linkIntro')));
    expect(way.querySelector(`a[href="${prefix}/overseas/planner/"]`)!.textContent.trim()).toBe(t('plannerPage.title'));
    // The planner itself is no longer on the guide.
    expect(guide.querySelector('[data-filing-planner]')).toBeNull();
    expect(guide.querySelector('[data-planner-paper]')).toBeNull();
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
    for (const treaty of ['paris', 'pct', 'hague', 'madrid'])
      expect(guide.querySelector(`a[href*="wipo.int/"][href*="${treaty}"]`), treaty).not.toBeNull();
    expect(guide.querySelector('a[href^="https://flk.npc.gov.cn"]')).not.toBeNull();
  });

  it('leads from the home page to the disputes-abroad entry and the foreign-company guide', () => {
    const home = page(`${prefix}/`);
    for (const path of ['/disputes-abroad/', '/foreign-companies/'])
      expect(home.querySelector(`main a[href="${prefix}${path}"]`), path).not.toBeNull();
  });

  it('links every service a guide uses back to that guide', () => {
    for (const guide of GUIDES) {
      for (const slug of servicesOf(guide)) {
        const service = page(`${prefix}/services/${slug}/`);
        expect(
          service.querySelector(`[data-guides-for] a[href="${prefix}${guide.path}"]`),
          `${slug} → ${guide.path}`,
        ).not.toBeNull();
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
    expect(foreign.textContent.normalize('NFKC')).toMatch(
      lang === 'zh'
        ? /《专利法》\(2020年修正\)第十八条[\s\S]*《商标法》\(2019年修正\)第十八条/
        : /Patent Law of the PRC, 2020 amendment, Article 18[\s\S]*Trademark Law of the PRC, 2019 amendment, Article 18/,
    );
    expect(foreign.querySelector(`a[href="${prefix}/plan/#task-4-1-1"]`)).not.toBeNull();
  });

  it('warns foreign companies with R&D in China first, with the articles that define it', () => {
    const foreign = page(`${prefix}/foreign-companies/`).querySelector('main')!;
    // The first section of the guide itself (the contents list and the in-short box come before it).
    const first = foreign.querySelectorAll('h2').find((h) => !h.closest('nav') && !h.closest('aside'))!;
    expect(first.getAttribute('id')).toBe('rd-in-china');
    const section = foreign.textContent.normalize('NFKC');
    expect(section).toMatch(
      lang === 'zh' ? /第十九条第一款[\s\S]*第八条第一款/ : /Article 19, paragraph 1[\s\S]*Article 8, paragraph 1/,
    );
    expect(foreign.querySelector(`a[href="${prefix}/overseas/#step-2"]`)).not.toBeNull();
  });

  it('sums up the foreign-company guide at its top in a few points, each leading to its section', () => {
    const foreign = page(`${prefix}/foreign-companies/`).querySelector('main')!;
    const box = foreign.querySelector('#in-short')?.closest('aside.notice');
    expect(box).toBeTruthy();
    // Before the guide's first section, so a phone reader meets it on the first screens.
    const firstSection = foreign.querySelectorAll('h2').find((h) => !h.closest('nav') && !h.closest('aside'))!;
    expect(foreign.innerHTML.indexOf('id="in-short"')).toBeLessThan(
      foreign.innerHTML.indexOf(`id="${firstSection.getAttribute('id')}"`),
    );
    // At most five points; a point may lead to two sections (the agency rule, and the rules of its own for
    // applicants from the Taiwan region, the Hong Kong SAR and the Macao SAR, whom a Taiwan reader looked for).
    const points = box!.querySelectorAll('li');
    expect(points.length).toBeGreaterThanOrEqual(4);
    expect(points.length).toBeLessThanOrEqual(5);
    const links = box!.querySelectorAll('li a');
    expect(links.map((link) => link.getAttribute('href'))).toContain('#taiwan-hong-kong-macau');
    for (const link of links) {
      const target = link.getAttribute('href')!;
      expect(target, link.textContent).toMatch(/^#/);
      expect(foreign.querySelector(`h2${target}`), target).not.toBeNull();
    }
  });

  it('tells foreign companies about first-to-file, squatting and its deadlines, priority into China and enforcement', () => {
    const foreign = page(`${prefix}/foreign-companies/`).querySelector('main')!;
    const section = (id: string) => {
      const parts: string[] = [];
      for (
        let node = foreign.querySelector(`#${id}`)?.nextElementSibling;
        node && node.tagName !== 'H2';
        node = node.nextElementSibling
      )
        parts.push(node.textContent);
      return parts.join(' ').normalize('NFKC');
    };
    const trademarks = section('trademarks') + section('squatting-deadlines');
    const cites =
      lang === 'zh'
        ? [
            '第四条',
            '第十三条第二款',
            '第十五条',
            '第三十一条',
            '第三十二条',
            '第三十三条',
            '第四十四条第一款',
            '第四十五条第一款',
          ]
        : [
            'Article 4',
            'Article 13, paragraphs 2 and 3',
            'Article 15',
            'Article 31',
            'Article 32',
            'Article 33',
            'Article 44, paragraph 1',
            'Article 45, paragraph 1',
          ];
    for (const cite of cites) expect(trademarks, cite).toContain(cite);
    const priority = section('priority-into-china');
    for (const cite of lang === 'zh'
      ? ['第二十九条第一款', '第三十条', '第二十五条', '第一百二十条', '第三十六条', '第一百二十八条']
      : ['Article 29, paragraph 1', 'Article 30', 'Article 25', 'Article 120', 'Article 36', 'Article 128'])
      expect(priority, cite).toContain(cite);
    // The Foreign Investment Law's guarantee sits beside the plan's protection commitment (issue 27).
    expect(section('what-the-plan-offered')).toContain(
      lang === 'zh' ? '《外商投资法》第二十二条' : 'Foreign Investment Law of the PRC, Article 22',
    );
    expect(foreign.textContent).toContain('12345');
  });

  it("quotes the plan's exhibitors from outside China and its full list of the protection centre's services", () => {
    const foreign = page(`${prefix}/foreign-companies/`).querySelector('main')!.textContent.normalize('NFKC');
    expect(foreign).toContain(lang === 'zh' ? '域外参展商' : 'exhibitors from outside China');
    expect(foreign).toContain(lang === 'zh' ? '预警导航' : 'early warning and navigation');
  });

  it('gives people facing a dispute abroad a first-72-hours box, the short time limits and Decree No. 801', () => {
    const disputes = page(`${prefix}/disputes-abroad/`).querySelector('main')!;
    const box = disputes.querySelector('aside[aria-labelledby="first-72-hours"]')!;
    expect(box.querySelector('h2#first-72-hours')).not.toBeNull();
    expect(box.querySelectorAll('ol li').length).toBeGreaterThanOrEqual(5);
    const text = disputes.textContent.normalize('NFKC');
    for (const cite of lang === 'zh'
      ? ['第12条(a)(1)(A)', '第210.13条', '第608/2013号条例第23条(1)(c)', '第945a条', '国务院令第801号', '第十三条']
      : [
          'Rule 12(a)(1)(A)',
          '19 CFR 210.13',
          'Regulation (EU) No 608/2013, Article 23(1)(c)',
          'section 945a',
          'Decree No. 801',
          'Article 13',
        ])
      expect(text, cite).toContain(cite);
    // Unknown facts are left out, not announced.
    expect(text).not.toMatch(/待补充|to follow/);
  });

  /** The text of a foreign-company guide section: from its heading to the next h2. */
  const foreignSection = (id: string) => {
    const foreign = page(`${prefix}/foreign-companies/`).querySelector('main')!;
    const parts: string[] = [];
    for (
      let node = foreign.querySelector(`#${id}`)?.nextElementSibling;
      node && node.tagName !== 'H2';
      node = node.nextElementSibling
    )
      parts.push(node.textContent);
    return parts.join(' ').replace(/\s+/g, ' ').normalize('NFKC');
  };

  it("tells foreign companies that an invention made here is the Changzhou company's, and how it may move abroad", () => {
    const rd = foreignSection('rd-in-china');
    for (const cite of lang === 'zh'
      ? ['《专利法》第六条第一款', '第十条第二款', '《技术进出口管理条例》第二条', '第十条第三款']
      : [
          'Patent Law, Article 6, paragraph 1',
          'Article 10, paragraph 2',
          'Regulations on Technology Import and Export Administration, Article 2',
          'Patent Law, Article 10, paragraph 3',
        ])
      expect(rd, cite).toContain(cite);
    expect(rd).toContain(
      lang === 'zh' ? '等国家知识产权局的审查结果再向外国申请' : "wait for CNIPA's result before you file abroad",
    );
  });

  it('gives foreign companies the deadlines after a customs detention and a pre-suit order, and when limitation starts', () => {
    const enforcement = foreignSection('enforcement');
    for (const fact of lang === 'zh'
      ? [
          '20个工作日',
          '50个工作日',
          '第二十四条第(一)项、第(二)项',
          '第二十三条',
          '30日内',
          '《民事诉讼法》(2023年修正)第一百零四条',
          '知道或者应当知道侵权行为以及侵权人',
        ]
      : [
          '20 working days',
          '50 working days',
          'Article 24, items 1 and 2',
          'Article 23',
          'within 30 days',
          'Civil Procedure Law of the PRC, 2023 amendment, Article 104',
          'knew or should have known of the infringement and of the infringer',
        ])
      expect(enforcement, fact).toContain(fact);
  });

  it('answers "how long do I have to sue?" for every right, sending readers to the one quotation of the Civil Code', () => {
    const enforcement = foreignSection('enforcement');
    const [article, rights] =
      lang === 'zh'
        ? ['《民法典》第一百八十八条', ['商标', '著作权', '专利']]
        : ['Civil Code, Article 188', ['trademarks', 'copyright', 'patents']];
    expect(enforcement).toContain(article.normalize('NFKC'));
    for (const right of rights) expect(enforcement, right).toContain(right);
    const foreign = page(`${prefix}/foreign-companies/`).querySelector('main')!;
    expect(foreign.querySelector(`a[href="${prefix}/infringement/#time-limits"]`)).not.toBeNull();
    // The article's words stand on the infringement guide alone: the part of its bullet before the citation.
    const source = readFileSync(`content/pages/${lang}/infringement.md`, 'utf8');
    const bullet = source.split('\n').find((line) => line.startsWith('- **') && line.includes(article))!;
    const words = bullet.slice(bullet.indexOf('**:') + 3, bullet.indexOf(article) - 1).trim();
    const flat = (node: HTMLElement) => node.textContent.replace(/\s+/g, ' ').normalize('NFKC');
    const quoted = words.normalize('NFKC').slice(0, 40);
    expect(flat(page(`${prefix}/infringement/`).querySelector('main')!)).toContain(quoted);
    expect(flat(foreign)).not.toContain(quoted);
  });

  it('tells companies that only export to register their mark in China, and how an unused squatted mark is cancelled', () => {
    const marks = foreignSection('trademarks') + foreignSection('squatting-deadlines');
    for (const cite of lang === 'zh'
      ? ['《知识产权海关保护条例》第二条、第三条', '第四十九条第二款', '《商标法实施条例》(2014年)第六十六条']
      : [
          'Regulations on Customs Protection of Intellectual Property Rights, Articles 2 and 3',
          'Article 49, paragraph 2',
          'Implementing Regulations of the Trademark Law, 2014, Article 66',
        ])
      expect(marks, cite).toContain(cite);
  });

  it('cites the exhibition definition for patents only, before the trademark rule, not for it', () => {
    const fairs = foreignSection('trade-fairs');
    const definition = fairs.indexOf(lang === 'zh' ? '第三十三条第一款' : 'Article 33, paragraph 1');
    const trademark = fairs.indexOf(lang === 'zh' ? '《商标法》第二十六条' : 'Trademark Law, Article 26');
    expect(definition).toBeGreaterThan(-1);
    expect(trademark).toBeGreaterThan(definition);
  });

  it('names the justice administration among the departments of Decree No. 801, Article 4', () => {
    const disputes = page(`${prefix}/disputes-abroad/`).querySelector('main')!.textContent.normalize('NFKC');
    expect(disputes).toMatch(lang === 'zh' ? /司法行政[^。]*\(第四条\)/ : /justice administration[^.]*\(Article 4\)/);
  });

  it('follows the Chinese in the English source names, sums and plan wording', () => {
    if (lang !== 'en') return;
    const foreign = page('/en/foreign-companies/').querySelector('main')!.textContent;
    expect(foreign).not.toMatch(/CNY/);
    expect(foreign).toContain('RMB 30,000 to RMB 5 million');
    expect(foreign).toContain('published by CNIPR, China Intellectual Property Net');
    expect(foreign).toContain('a foreign company with no habitual residence or business office in China');
    expect(foreign).toContain('stronger rights protection assistance workstations in every locality and park');
    expect(foreign).toContain('the Town describes it as the first IP protection centre in the country');
    expect(text).toContain('published by CNIPR, China Intellectual Property Net');
    expect(text).toContain('for key industries and fields');
    const disputes = page('/en/disputes-abroad/').querySelector('main')!.textContent;
    expect(disputes).toContain('for key industries and fields');
    // The Xinhua headline has one English title on the site, on the service page and here.
    const title = 'Jiangsu has the most of these national sub-centres';
    expect(disputes).toContain(title);
    expect(readFileSync('content/services/zh/overseas-dispute-guidance-centre.md', 'utf8')).toContain(title);
  });

  it('tells foreign companies who may file alone and who must use an agency, with the articles, and links the trademark window', () => {
    const section = sectionOf(page(`${prefix}/foreign-companies/`), 'who-files');
    const text = normalisedText(section);
    const rules =
      lang === 'zh'
        ? [
            '《外商投资法》第二条第三款',
            '《专利法》(2020年修正)第十八条第二款',
            '《商标法》(2019年修正)第十八条第一款',
            '第十八条第二款',
          ]
        : [
            'Foreign Investment Law of the PRC, Article 2, paragraph 3',
            'Patent Law of the PRC, 2020 amendment, Article 18, paragraph 2',
            'Trademark Law of the PRC, 2019 amendment, Article 18, paragraph 1',
            'Article 18, paragraph 2',
          ];
    for (const rule of rules) expect(text, rule).toContain(rule.normalize('NFKC'));
    expect(section.some((node) => node.querySelector(`a[href="${prefix}/services/trademark-window/"]`))).toBe(true);
  });

  it("sends foreign applicants, where it says who must use an agency, to CNIPA's English website, and cites it", () => {
    const site = 'https://english.cnipa.gov.cn/';
    const foreign = page(`${prefix}/foreign-companies/`);
    const whoFiles = foreign.getElementById('who-files')!;
    const links = (heading: HTMLElement) => {
      const found: HTMLElement[] = [];
      for (let node = heading.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling)
        found.push(...node.querySelectorAll(`a[href="${site}"]`));
      return found;
    };
    expect(links(whoFiles)).toHaveLength(1);
    // The sources are the page's last section: its last <h2>.
    const headings = foreign.querySelector('main')!.querySelectorAll('h2');
    expect(links(headings[headings.length - 1])).toHaveLength(1);
  });

  it("says on the trademark window's page that a foreign company without an office in China must use an agency, and links the guide", () => {
    const service = page(`${prefix}/services/trademark-window/`).querySelector('main')!;
    const text = service.textContent.replace(/\s+/g, ' ').normalize('NFKC');
    expect(text).toContain(
      (lang === 'zh'
        ? '《商标法》(2019年修正)第十八条第二款'
        : 'Trademark Law of the PRC, 2019 amendment, Article 18, paragraph 2'
      ).normalize('NFKC'),
    );
    expect(service.querySelector(`a[href="${prefix}/foreign-companies/#who-files"]`)).not.toBeNull();
  });

  it('tells foreign companies who may use the Hague System, with its article, and calls 同保护 equal protection', () => {
    const foreign = page(`${prefix}/foreign-companies/`)
      .querySelector('main')!
      .textContent.replace(/\s+/g, ' ')
      .normalize('NFKC');
    expect(foreign).toContain(lang === 'zh' ? '海牙协定(1999年文本)第3条' : 'Hague Agreement, 1999 Act, Article 3');
    if (lang === 'en') {
      // 同保护 is 'equal', within the glossary's one rendering of the four (issue 27).
      expect(foreign).toContain(terms.find((t) => t.zh === '严大快同')!.en);
      expect(foreign).not.toContain('coordinated protection');
    }
  });

  it("opens the plan section for foreign companies with what the plan commits to, in the glossary's words", () => {
    const main = page(`${prefix}/foreign-companies/`).querySelector('main')!;
    const heading = main.querySelector('#what-the-plan-offered')!;
    const first = heading.nextElementSibling!.textContent.normalize('NFKC');
    const slogan = terms.find((t) => t.zh === '严大快同')!;
    expect(first).toContain(lang === 'zh' ? '严保护、大保护、快保护、同保护' : slogan.en);
    expect(first).toContain(
      lang === 'zh' ? '《外商投资法》第二十二条' : 'Foreign Investment Law of the PRC, Article 22',
    );
    expect(first).not.toMatch(/Nothing aimed|没有专门针对/);
  });

  it("tells exporters to check others' patents before selling and existing marks before choosing, with WIPO's free databases", () => {
    const main = page(`${prefix}/overseas/`).querySelector('main')!;
    const step1: HTMLElement[] = [];
    for (
      let node = main.querySelector('#step-1')?.nextElementSibling;
      node && node.tagName !== 'H2';
      node = node.nextElementSibling
    )
      step1.push(node as HTMLElement);
    const hrefs = step1.flatMap((n) => n.querySelectorAll('a').map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('https://patentscope.wipo.int/');
    expect(hrefs).toContain('https://branddb.wipo.int/');
    const text = step1.map((n) => n.textContent).join(' ');
    expect(text).toContain(lang === 'zh' ? '专利代理机构' : 'patent agency');
    expect(text).toContain(lang === 'zh' ? '商标代理机构' : 'trademark agency');
  });

  it('tells applicants from the Taiwan region and the Hong Kong SAR when they need an agency and which first filings give priority, each with its rule', () => {
    const foreign = page(`${prefix}/foreign-companies/`);
    const parts = sectionOf(foreign, 'taiwan-hong-kong-macau');
    const text = normalisedText(parts);
    // The agency rule with the day it applies from; Taiwan-region priority for patents (12 or 6 months, copy in
    // 3) and trademarks; the Hong Kong SAR's short-term patents and designs; the standard patent (R) on a CNIPA grant.
    const rules =
      lang === 'zh'
        ? [
            '自2023年1月11日起执行',
            '《关于台湾同胞专利申请的若干规定》第二条',
            '(第四条)',
            '2010年9月12日(含当日)以后',
            '《台湾地区商标注册申请人要求优先权有关事项的规定》第一项、第二项',
            '《商标法》第二十五条第二款',
            '《关于在香港特别行政区知识产权署提出的首次申请的优先权的规定》',
            '标准专利(R)',
          ]
        : [
            'applied from 11 January 2023',
            'Several Provisions on Patent Applications by Taiwan Compatriots, Article 2',
            '(Article 4)',
            'on or after 12 September 2010',
            'Provisions on Priority Claims by Trademark Applicants from the Taiwan Region, items 1 and 2',
            'Trademark Law, Article 25, paragraph 2',
            'Provisions on the Priority of First Applications Filed with the Intellectual Property Department of the Hong Kong SAR',
            'standard patent (R)',
          ];
    for (const rule of rules) expect(text, rule).toContain(rule.normalize('NFKC'));
    // Each rule's source is listed under the page's sources, with the official titles and order numbers.
    const headings = foreign.querySelector('main')!.querySelectorAll('h2');
    const sources: string[] = [];
    for (let node = headings[headings.length - 1].nextElementSibling; node; node = node.nextElementSibling)
      sources.push(node.textContent);
    const listed = sources.join(' ').normalize('NFKC');
    for (const source of lang === 'zh'
      ? [
          '国家知识产权局令第五十八号',
          '国家知识产权局令第十号',
          '国家市场监督管理总局令第31号',
          '原国家工商行政管理总局商标局',
        ]
      : [
          'CNIPA Order No. 58',
          'CNIPA Order No. 10',
          'State Administration for Market Regulation Order No. 31',
          'former State Administration for Industry and Commerce',
        ])
      expect(listed, source).toContain(source);
  });
});

describe('the guides say they are not legal advice', () => {
  // Each guide explains the law; the date its law was checked is the guide's own `updated` date.
  const files = (path: string) =>
    path === '/overseas/'
      ? { zh: 'content/overseas/zh.mdx', en: 'content/overseas/en.mdx' }
      : { zh: `content/pages/zh${path.slice(0, -1)}.md`, en: `content/pages/en${path.slice(0, -1)}.md` };
  const cases = GUIDES.flatMap((guide) =>
    (['zh', 'en'] as const).map((lang) => [lang, guide.path, files(guide.path)[lang]] as const),
  );
  it.each(cases)(
    '%s %s: near the top, on screen and on paper, with the day its law was checked',
    (lang, path, file) => {
      const t = useTranslations(lang);
      const { data } = parseContent(file, readFileSync(file, 'utf8')) as { data: { updated: string } };
      const updated = data.updated;
      const doc = page(`${lang === 'en' ? '/en' : ''}${path}`);
      const notice = doc.querySelector('main [data-legal-notice]');
      expect(notice, 'legal notice').not.toBeNull();
      expect(fold(notice!.textContent)).toContain(fold(t('guides.notLegalAdvice')));
      expect(notice!.querySelector('time')?.getAttribute('datetime')).toBe(updated);
      // Near the top: straight after the page's heading.
      expect(doc.querySelector('main h1')!.nextElementSibling).toBe(notice);
      expect(notice!.closest('.no-print')).toBeNull();
    },
  );
});
