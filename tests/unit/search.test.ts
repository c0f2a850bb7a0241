// Search helpers: clause-level hits, title re-ranking with the vocabulary's variants, excerpts.
import { describe, expect, it } from 'vitest';
import { anchorText, clauseHits, onePerPageFirst } from '../../src/lib/search/clauseHits.ts';
import { rerankByTitle } from '../../src/lib/search/rerank.ts';
import { subjectPages } from '../../src/lib/search/vocabulary.ts';
import { formatPlaces, parsePlaces, placeNames, placesIn } from '../../src/lib/search/places.ts';
import { asksForContact } from '../../src/lib/search/strategy.ts';
import { queryVariants } from '../../src/lib/search/vocabulary.ts';
import { excerptAround, inPagePunctuation } from '../../src/lib/search/excerpt.ts';
import { bestSections } from '../../src/lib/search/sections.ts';

const anchors = [
  { element: 'h2', id: 'part-4', text: '四、重点任务', location: 0 },
  { element: 'section', id: 'wrapper', text: '', location: 5 },
  { element: 'p', id: 'task-1-1-1', text: '深入实施高价值专利培育工程。围绕…', location: 10 },
  { element: 'p', id: 'task-1-1-2', text: '健全高价值专利培育机制。实施…', location: 50 },
];

describe('clauseHits', () => {
  it('credits each match to the clause it falls in, most matches first', () => {
    expect(clauseHits(anchors, [12, 55, 60, 70]).map((h) => [h.id, h.hits])).toEqual([
      ['task-1-1-2', 3],
      ['task-1-1-1', 1],
    ]);
  });
  it('never lands on a wrapper element such as a section', () => {
    expect(clauseHits(anchors, [6]).map((h) => h.id)).toEqual(['part-4']);
  });
  it('puts the clause that contains the whole query first', () => {
    expect(clauseHits(anchors, [55, 60], '深入实施高价值专利培育工程')[0].id).toBe('task-1-1-1');
  });
});

describe('rerankByTitle', () => {
  const vocabulary = [
    {
      site: { zh: ['知识产权保护中心', '保护中心'], en: ['IP Protection Center', 'Protection Center'] },
      say: { zh: [], en: ['IP protection centre', 'protection centre'] },
    },
  ];
  const results = [
    { title: '知识产权服务机构指南' },
    { title: '中国(常州)知识产权保护中心金坛分中心' },
    { title: '中国(常州)知识产权保护中心' },
  ];
  it('puts pages whose title names the query first, the closest (shortest) title first', () => {
    expect(rerankByTitle(results, '保护中心', queryVariants('保护中心', vocabulary)).map((r) => r.title)).toEqual([
      '中国(常州)知识产权保护中心',
      '中国(常州)知识产权保护中心金坛分中心',
      '知识产权服务机构指南',
    ]);
  });
  it('matches titles through the vocabulary: "IP protection centre" finds a "Protection Center"', () => {
    expect(queryVariants('IP protection centre', vocabulary)).toContain('protection center');
    const english = [{ title: 'Services' }, { title: 'China (Changzhou) Intellectual Property Protection Center' }];
    expect(
      rerankByTitle(english, 'IP protection centre', queryVariants('IP protection centre', vocabulary))[0].title,
    ).toMatch(/Protection Center/);
  });
  it('ranks the page the vocabulary names for the subject above a title that merely contains a word people say', () => {
    const validity = [
      {
        site: { zh: ['有效性'], en: ['Validity'] },
        say: { zh: ['还有效吗'], en: ['in force', 'still in force'] },
        pages: ['/plan/'],
      },
    ];
    const query = 'is the plan still in force';
    const hits = [
      { title: 'Enterprises holding registered trademarks in force per 10,000 enterprises', url: '/en/targets/x/' },
      { title: 'Improve the mechanism', context: 'Work Plan', url: '/en/plan/#task-1-1-1' },
    ];
    const ranked = rerankByTitle(hits, query, queryVariants(query, validity), subjectPages(query, validity));
    expect(ranked[0].url).toBe('/en/plan/#task-1-1-1');
  });
  it('ranks the pages the vocabulary names in its order: the answer to "still in force" before the plan itself', () => {
    const validity = [
      {
        site: { zh: ['有效性'], en: ['Validity'] },
        say: { zh: ['还有效吗'], en: ['in force', 'still in force'] },
        pages: ['/progress/plan-period-ends/', '/plan/'],
      },
    ];
    const query = 'is the plan still in force';
    const hits = [
      { title: 'To implement the strategy', context: 'Work Plan', url: '/en/plan/#preamble' },
      { title: 'Enterprises holding registered trademarks in force per 10,000 enterprises', url: '/en/targets/x/' },
      { title: "The plan's period ends", url: '/en/progress/plan-period-ends/' },
    ];
    const ranked = rerankByTitle(hits, query, queryVariants(query, validity), subjectPages(query, validity));
    expect(ranked.map((hit) => hit.url)).toEqual([
      '/en/progress/plan-period-ends/',
      '/en/plan/#preamble',
      '/en/targets/x/',
    ]);
  });
  it('ranks a title with the query as typed above a title with only a synonym', () => {
    const hits = [{ title: '12330维权热线' }, { title: '3. 加强知识产权维权援助' }];
    expect(rerankByTitle(hits, '加强知识产权维权援助', ['维权援助', '维权'])[0].title).toBe('3. 加强知识产权维权援助');
  });
  it('keeps the score order among titles that only share a broad word such as 海外', () => {
    const hits = [
      { title: '第3步:选择途径', context: '海外知识产权保护:分步指南' },
      { title: '海外发明专利年度授权量' },
    ];
    expect(rerankByTitle(hits, 'PCT国际申请流程', ['海外', 'pct'])[0].title).toBe('第3步:选择途径');
  });
  it('keeps Pagefind order when no title matches', () => {
    expect(rerankByTitle(results, '质押', queryVariants('质押', vocabulary))).toEqual(results);
  });
});

describe('excerptAround', () => {
  it('marks the query terms in the text around the first match', () => {
    const parts = excerptAround('加强海外专利布局,重点面向主要贸易国家和地区', ['专利'], 'zh', 4);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['专利']);
    expect(parts.map((p) => p.text).join('')).toBe('加强海外专利布局,重点面向…');
  });
});

describe('clauseHits with the subject of a question', () => {
  const plan = [
    { element: 'p', id: 'task-5-1-1', text: '完善知识产权公共服务。保护……', location: 0 },
    { element: 'p', id: 'task-2-2-2', text: '严厉打击商业秘密等知识产权违法行为。', location: 20 },
  ];
  it('puts the clause that names the subject (商业秘密) before clauses with more passing matches', () => {
    expect(clauseHits(plan, [1, 2, 3, 21], ['公司商业秘密保护怎么做', '商业秘密'])[0].id).toBe('task-2-2-2');
  });
});

describe('onePerPageFirst', () => {
  it("gives every page its first place before a long page's second clause", () => {
    const hits = [{ url: '/plan/#a' }, { url: '/plan/#b' }, { url: '/plan/#c' }, { url: '/services/x/' }];
    expect(onePerPageFirst(hits).map((h) => h.url)).toEqual(['/plan/#a', '/services/x/', '/plan/#b', '/plan/#c']);
  });
  it('puts clauses that contain the term before pages that only name it, and the rest of them before seconds', () => {
    const hits = [
      { url: '/targets/gi-sales/' },
      { url: '/plan/#a', exact: true },
      { url: '/plan/#b', exact: true },
      { url: '/plan/#c', exact: true },
      { url: '/plan/#d' },
      { url: '/progress/x/' },
    ];
    expect(onePerPageFirst(hits).map((h) => h.url)).toEqual([
      '/plan/#a',
      '/targets/gi-sales/',
      '/progress/x/',
      '/plan/#b',
      '/plan/#c',
      '/plan/#d',
    ]);
    expect(onePerPageFirst(hits, 0)[0].url).toBe('/targets/gi-sales/');
  });
});

describe('clauseHits for a plan term', () => {
  // Six clauses name 地理标志, one of them only once: every one is found, not the three with most matches.
  const plan = ['goal-utilisation', 'task-1-2-2', 'task-1-2-3', 'task-2-2-2', 'task-3-2-2', 'task-5-1-1'].map(
    (id, i) => ({ element: 'p', id, text: `条款${i}：地理标志`, location: i * 10 }),
  );
  const other = { element: 'p', id: 'task-9', text: '其他', location: 100 };
  it('returns every clause that contains the term, marked exact', () => {
    const hits = clauseHits([...plan, other], [1, 2, 11, 21, 31, 41, 51, 101], '地理标志');
    expect(hits.filter((h) => h.exact).map((h) => h.id)).toEqual(plan.map((a) => a.id));
  });
});

describe('inPagePunctuation', () => {
  it('turns the period Pagefind adds after a Chinese block into 。, also where a mark ends, and leaves 1.5 alone', () => {
    expect(inPagePunctuation('<mark>地理标志</mark>产品年度销售额. 暂无公开数据. 目标1.5', 'zh')).toBe(
      '<mark>地理标志</mark>产品年度销售额。暂无公开数据。目标1.5',
    );
    expect(inPagePunctuation('年度<mark>地理标志</mark>. 目标', 'zh-hant')).toBe('年度<mark>地理标志</mark>。目标');
  });
  it('leaves English excerpts as Pagefind wrote them', () => {
    expect(inPagePunctuation('Geographical indications. Target', 'en')).toBe('Geographical indications. Target');
  });
});

describe('anchorText', () => {
  it('drops the clause\'s own link text ("#本条链接 task-2-3") that Pagefind includes in a heading\'s text', () => {
    expect(anchorText({ id: 'task-2-3', text: '3. 加强知识产权维权援助 #本条链接 task-2-3' })).toBe(
      '3. 加强知识产权维权援助',
    );
    expect(anchorText({ id: 'goal-creation', text: 'High quality. # Link to this clause goal-creation' })).toBe(
      'High quality.',
    );
    expect(
      anchorText({
        id: 'task-2-1-1',
        text: '（责任单位：市知识产权局） # 本条链接 四（二）1 对照 中英对照阅读本条 四（二）1',
      }),
    ).toBe('（责任单位：市知识产权局）');
    expect(
      anchorText({ id: 'task-2-3', text: '3. 加强知识产权维权援助 #本条链接 四(二)3 对照 中英对照阅读本条 四(二)3' }),
    ).toBe('3. 加强知识产权维权援助');
  });
  it('keeps a text that has no clause link as it is', () => {
    expect(anchorText({ id: 'step-1', text: 'Step 1: Decide where to protect' })).toBe(
      'Step 1: Decide where to protect',
    );
  });
});

describe('bestSections', () => {
  const sections = [
    {
      title: 'Protecting IP abroad',
      url: '/en/overseas/',
      excerpt: 'IP rights are territorial',
      weighted_locations: [{ weight: 1 }],
    },
    {
      title: 'Step 1: Decide where to protect',
      url: '/en/overseas/#step-1',
      excerpt: 'main trading <mark>partners</mark>',
      weighted_locations: [{ weight: 1 }, { weight: 1 }, { weight: 1 }],
    },
    {
      title: 'Step 2: Choose the route for each right',
      url: '/en/overseas/#step-2',
      excerpt: 'Patent Cooperation Treaty (<mark>PCT</mark>)',
      weighted_locations: [{ weight: 1 }],
    },
    { title: 'Sources', url: '/en/overseas/#sources', excerpt: '', weighted_locations: [] },
  ];
  it('puts the section that names the subject first, then the section with the most matches', () => {
    expect(bestSections(sections, ['pct']).map((s) => s.url)).toEqual(['/en/overseas/#step-2', '/en/overseas/#step-1']);
  });
  it('leaves out sections with no match', () => {
    expect(bestSections(sections, [], 5).map((s) => s.url)).not.toContain('/en/overseas/#sources');
  });
});

describe('excerptAround in English', () => {
  it('starts the excerpt at a word, not in the middle of one', () => {
    const parts = excerptAround(
      'Improve the mechanism for cultivating high-value patents and more',
      ['patents'],
      'en',
      20,
    );
    expect(parts.map((p) => p.text).join('')).toBe('…cultivating high-value patents and more');
  });
});

describe('placesIn', () => {
  const places = [
    { id: 'wujin', names: placeNames('武进区', 'zh') },
    { id: 'jintan', names: placeNames('Jintan District', 'en') },
  ];
  it('finds a district by its short name, in Chinese and in English', () => {
    expect(placesIn('武进 专利', places)).toEqual(['wujin']);
    expect(placesIn('patent help in jintan', places)).toEqual(['jintan']);
    expect(placesIn('patent help', places)).toEqual([]);
  });
  it('reads back the names the search page hands over, colons widened or not', () => {
    expect(parsePlaces(formatPlaces(places).replace(/:/g, '：'))).toEqual(places);
  });
});

describe('asksForContact', () => {
  it('hears a question for a phone number in either language', () => {
    expect(asksForContact('专利纠纷 电话')).toBe(true);
    expect(asksForContact('patent dispute phone')).toBe(true);
    expect(asksForContact('专利纠纷')).toBe(false);
  });
});
