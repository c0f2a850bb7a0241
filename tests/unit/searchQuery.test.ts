// How a query becomes searches: words without stop words, rewrites in the site's words, the any-word fallback,
// merged rankings and suggestions. Fixtures are small vocabularies written here; one test reads the real one.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addStopWords,
  queryWords,
  stopWordsShownIn,
  STOP_WORDS,
  withoutQuestionPhrases,
} from '../../src/lib/search/queryWords.ts';
import { asShownIn } from '../../src/i18n/converters.ts';
import {
  entriesIn,
  expandQuery,
  pageKeywords,
  parseVocabularyForms,
  subjectWords,
  suggestTerms,
  vocabularyFormsShownIn,
  vocabularyShownIn,
} from '../../src/lib/search/vocabulary.ts';
import siteVocabulary from '../../content/glossary/synonyms.json';
import {
  addQuestionWords,
  asksForContact,
  asksForService,
  questionWordsShownIn,
  searchSteps,
} from '../../src/lib/search/strategy.ts';
import { mergeRuns } from '../../src/lib/search/merge.ts';
import { asWritten, searchedFor } from '../../src/lib/search/searchedFor.ts';
import { unknownVocabularyPages, synonymsFile as vocabularySchema } from '../../src/lib/schemas/glossarySynonyms.ts';

const vocabulary = [
  {
    site: { zh: ['质押融资', '质押'], en: ['pledge financing'] },
    say: { zh: ['贷款'], en: ['loan'] },
    pages: ['/targets/ip-pledge-financing/'],
  },
  {
    site: { zh: ['维权援助'], en: ['rights protection assistance'] },
    say: { zh: ['维权'], en: [] },
    pages: ['/services/rights-assistance/'],
  },
  {
    site: { zh: ['海外纠纷'], en: ['disputes abroad'] },
    say: { zh: ['海外维权'], en: ['sued abroad'] },
    pages: ['/services/overseas-dispute-guidance-centre/', '/overseas/'],
  },
  {
    site: { zh: ['12330', '举报投诉'], en: ['12330'] },
    say: { zh: ['投诉'], en: ['hotline'] },
    pages: ['/services/hotline-12330/'],
  },
  { site: { zh: ['地理标志'], en: ['geographical indication'] }, say: { zh: ['地标产品'], en: ['GI'] } },
];

describe('queryWords', () => {
  it('splits an unsegmented Chinese question and drops its question words: 专利侵权投诉电话 keeps no 电话', () => {
    const words = queryWords('专利侵权投诉电话', 'zh');
    expect(words).toContain('专利');
    expect(words).toContain('投诉');
    expect(words).not.toContain('电话');
  });
  it('drops 怎么, 哪里 and 办 from 专利贷款在哪里办', () => {
    expect(queryWords('专利贷款在哪里办', 'zh')).toEqual(['专利', '贷款']);
  });
  it('drops who did it (被人, 别人) from 商标被人抄袭怎么办: the rewrite names what happened, not 商标被人维权援助', () => {
    expect(queryWords('商标被人抄袭怎么办', 'zh')).toEqual(['商标', '抄袭']);
    expect(queryWords('发现别人抄袭我的专利怎么办', 'zh')).toEqual(['抄袭', '专利']);
  });
  it('keeps the subject of an English question: "how to file a patent abroad" → file patent abroad', () => {
    expect(queryWords('How to file a patent abroad?', 'en')).toEqual(['file', 'patent', 'abroad']);
  });
  it('returns nothing for a query made only of stop words, so the caller can search it as typed', () => {
    expect(queryWords('how to', 'en')).toEqual([]);
  });
  it('drops the Traditional forms of the stop words once the 繁體 search page adds them, made by its converter', () => {
    const traditional = stopWordsShownIn(asShownIn('zh-hant'));
    expect(traditional).toEqual(expect.arrayContaining(['怎麼', '電話', '哪裡']));
    expect(stopWordsShownIn(asShownIn('zh'))).toEqual([]);
    expect(queryWords('專利侵權投訴電話怎麼打', 'zh-hant')).toContain('電話');
    addStopWords(traditional);
    expect(queryWords('專利侵權投訴電話怎麼打', 'zh-hant')).not.toContain('電話');
    expect(queryWords('專利侵權投訴電話怎麼打', 'zh-hant')).not.toContain('怎麼');
    // 繁體 segments 怎麼辦 as one word, where 简体 splits 怎么 办.
    expect(queryWords('商標被人抄襲怎麼辦', 'zh-hant')).toEqual(['商標', '抄襲']);
  });
  it('keeps the stop word lists lower-case, as queries are compared in lower case', () => {
    for (const words of Object.values(STOP_WORDS)) for (const w of words) expect(w).toBe(w.toLowerCase());
  });
});

describe('the search vocabulary', () => {
  it('rewrites what people say in the site\'s words: 专利贷款 → 专利质押融资, "patent loan" → "patent pledge financing"', () => {
    expect(expandQuery('专利贷款', 'zh', vocabulary)).toEqual(['专利 质押融资', '专利 质押']);
    expect(expandQuery('patent loan', 'en', vocabulary)).toEqual(['patent pledge financing']);
  });
  it("leaves a query already in the site's words alone", () => {
    expect(expandQuery('质押', 'zh', vocabulary)).toEqual([]);
  });
  it('reads 海外维权 as overseas disputes, not as domestic rights assistance', () => {
    expect(entriesIn('海外维权', vocabulary).map(({ entry }) => entry.site.zh[0])).toEqual(['海外纠纷']);
  });
  it('matches Latin words whole: GI is not found in "gift"', () => {
    expect(entriesIn('a gift', vocabulary)).toEqual([]);
    expect(entriesIn('GI products', vocabulary).map(({ term }) => term)).toEqual(['GI']);
  });
  it("indexes a page with what people call its subject, in the page's language only", () => {
    expect(pageKeywords('/services/hotline-12330/', 'zh', vocabulary)).toEqual(['12330', '举报投诉', '投诉']);
    expect(pageKeywords('/services/hotline-12330/', 'en', vocabulary)).toEqual(['12330', 'hotline']);
    expect(pageKeywords('/accessibility/', 'zh', vocabulary)).toEqual([]);
  });
  it("suggests the site's closest words for a query that found nothing", () => {
    expect(suggestTerms('地理标识', 'zh', vocabulary)[0]).toBe('地理标志');
    expect(suggestTerms('pledge', 'en', vocabulary)[0]).toBe('pledge financing');
  });
});

describe('searchSteps', () => {
  it('searches the words of a question first, with its rewrites, then each word on its own', () => {
    const [first, anyWord] = searchSteps('专利贷款在哪里办', 'zh', vocabulary);
    expect(first.kind).toBe('words');
    expect(first.queries.map((q) => q.q)).toEqual(['专利 贷款', '专利 质押融资', '专利 质押', '质押融资', '专利 贷款']);
    expect(first.queries.at(-1)!.type).toBe('service'); // 在哪里 asks where to go
    expect(anyWord.kind).toBe('anyWord');
    expect(anyWord.queries.map((q) => q.q)).toContain('贷款');
    expect(anyWord.queries.map((q) => q.q)).toContain('质押融资');
  });
  it("weighs the reader's own words above rewrites", () => {
    const [first] = searchSteps('patent loan', 'en', vocabulary);
    expect(first.queries[0]).toEqual({ q: 'patent loan', weight: 1 });
    expect(first.queries[1].weight).toBeLessThan(1);
  });
  it('searches the service pages on their own when the question asks where to go or whom to call', () => {
    expect(asksForService('常州知识产权保护中心电话多少')).toBe(true);
    expect(asksForService('Where can I report counterfeit products')).toBe(true);
    expect(asksForService('质押融资目标')).toBe(false);
    expect(searchSteps('质押融资目标', 'zh', vocabulary)[0].queries.some((q) => q.type === 'service')).toBe(false);
  });
  it('searches a query of stop words only as typed rather than not at all', () => {
    expect(searchSteps('how to', 'en', vocabulary)[0].queries[0].q).toBe('how to');
  });
  it('has no step for an empty query', () => {
    expect(searchSteps('  ', 'zh', vocabulary)).toEqual([]);
  });
});

describe('searchedFor', () => {
  it('names the words actually searched, rewrites and subject included, and the words the reader typed', () => {
    const query = '专利贷款在哪里办';
    const [first] = searchSteps(query, 'zh', vocabulary);
    const searched = searchedFor(query, first, 'zh')!;
    // Every word asked of the index is named, written as the reader would write it (no spaces in Chinese).
    expect(searched.words).toEqual(['专利贷款', '专利质押融资', '专利质押', '质押融资']);
    expect(searched.each).toBe(false);
    expect(searched.typed).toBe(query);
  });
  it('leaves out what was typed when it is one of the words searched', () => {
    const [first] = searchSteps('贷款', 'zh', vocabulary);
    expect(searchedFor('贷款', first, 'zh')).toEqual({ words: ['贷款', '质押融资', '质押'], each: false });
  });
  it('says nothing when the query was searched exactly as typed', () => {
    expect(searchedFor('geographical indication', searchSteps('geographical indication', 'en', [])[0], 'en')).toBe(
      undefined,
    );
  });
  it('says so when each word was searched on its own, and what was typed', () => {
    const query = 'pledge financing rules';
    const searched = searchedFor(query, searchSteps(query, 'en', vocabulary)[1], 'en')!;
    expect(searched.each).toBe(true);
    expect(searched.words).toEqual(expect.arrayContaining(['pledge', 'financing', 'rules']));
    expect(searched.typed).toBe(query);
  });
});

describe('a question about whom to call', () => {
  // 专利纠纷打什么电话 was split into 专利 纠纷 打 什么 电话, and the 打 left over was searched for glued to the
  // subject and its rewrites: "搜索了：专利纠纷打、人民调解打、调解打". The question goes before the query is split.
  const questions = [
    { lang: 'zh', q: '专利纠纷打什么电话', left: /打|什么|电话/ },
    { lang: 'zh', q: '专利纠纷打哪个电话', left: /打|哪个|电话/ },
    { lang: 'zh', q: '商标被抄袭怎么联系', left: /联系|怎么/ },
    { lang: 'zh', q: '专利侵权投诉电话怎么打', left: /打|怎么|电话/ },
    { lang: 'zh-hant', q: '專利糾紛打什麼電話', left: /打|什麼|電話/ },
    { lang: 'zh-hant', q: '專利糾紛打哪個電話', left: /打|哪個|電話/ },
    { lang: 'en', q: 'patent dispute what number do I call', left: /\b(?:what|number|do|i|call)\b/i },
    { lang: 'en', q: 'who do I contact about a trademark dispute', left: /\b(?:who|do|i|contact)\b/i },
  ] as const;
  // The 繁體 search page hands over its own forms of the questions with the stop words.
  beforeAll(() => addStopWords(stopWordsShownIn(asShownIn('zh-hant'))));
  for (const { lang, q, left } of questions)
    it(`searches the subject of "${q}" and its rewrites, with nothing of the question left over`, () => {
      const steps = searchSteps(q, lang, siteVocabulary);
      const searched = searchedFor(q, steps[0], lang)!;
      expect(searched.words.length).toBeGreaterThan(0);
      for (const word of [...searched.words, ...steps.flatMap((step) => step.words)]) {
        expect(word, `searched for "${word}"`).not.toMatch(left);
        // A rewrite never carries a single leftover character on either side (人民调解打).
        expect(word, `searched for "${word}"`).not.toMatch(/^\p{Script=Han}\s|\s\p{Script=Han}$/u);
      }
      expect(searched.typed).toBe(asWritten(q, lang));
    });
  it('removes the question whole and keeps what is on either side apart', () => {
    expect(withoutQuestionPhrases('专利纠纷打什么电话')).toBe('专利纠纷');
    expect(withoutQuestionPhrases('What number do I call for a patent dispute')).toBe('for a patent dispute');
    // Only whole words: "recall" keeps its "call".
    expect(withoutQuestionPhrases('product recall')).toBe('product recall');
    // A query that is nothing but the question is searched as typed.
    expect(withoutQuestionPhrases('打什么电话')).toBe('打什么电话');
  });
});

describe('mergeRuns', () => {
  it('keeps, for each page, the result of the search it matched best (its locations point at the clause)', () => {
    const merged = mergeRuns([
      { weight: 1, results: [{ id: 'plan', score: 1, from: 'words' }] },
      { weight: 1, results: [{ id: 'plan', score: 5, from: 'subject' }] },
    ]);
    expect(merged[0].from).toBe('subject');
  });
  it('ranks a page found by more of the searches higher, each search counting with its weight', () => {
    const merged = mergeRuns([
      {
        weight: 1,
        results: [
          { id: 'a', score: 2 },
          { id: 'b', score: 1.5 },
        ],
      },
      {
        weight: 0.8,
        results: [
          { id: 'b', score: 1 },
          { id: 'c', score: 3 },
        ],
      },
    ]);
    expect(merged.map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('content/glossary/synonyms.json', () => {
  const data = JSON.parse(readFileSync('content/glossary/synonyms.json', 'utf8'));
  it('is valid against its schema', () => {
    expect(vocabularySchema.safeParse(data).success).toBe(true);
  });
  it("rejects an entry without the site's words, naming the field and the fix in both languages", () => {
    const result = vocabularySchema.safeParse([{ say: { zh: ['贷款'], en: [] } }]);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual([0, 'site']);
    expect(result.error!.issues[0].message).toMatch(/本站用语.* \/ site/);
  });
  it('rejects a page written with /en or without the final slash', () => {
    expect(vocabularySchema.safeParse([{ site: { zh: ['a'], en: ['a'] }, pages: ['/en/overseas/'] }]).success).toBe(
      false,
    );
    expect(vocabularySchema.safeParse([{ site: { zh: ['a'], en: ['a'] }, pages: ['/overseas'] }]).success).toBe(false);
  });
});

describe('unknownVocabularyPages', () => {
  it('names the entry and the page that does not exist, with the fix in both languages', () => {
    const problems = unknownVocabularyPages(
      [{ site: { zh: ['质押'], en: ['pledge'] }, pages: ['/targets/ip-pledge-financing/', '/targets/loans/'] }],
      new Set(['/targets/ip-pledge-financing/']),
    );
    expect(problems).toEqual([
      {
        field: '0.pages.1',
        message: expect.stringMatching(/\/targets\/loans\/ 不存在.*\/ there is no page \/targets\/loans\//),
      },
    ]);
  });
});

describe('the question words in a converted language', () => {
  const convert = asShownIn('zh-hant');
  const attribute = questionWordsShownIn(convert);
  it('survives the page’s own conversion of its attributes', () => {
    expect(attribute).not.toBe('');
    expect(convert(attribute)).toBe(attribute);
  });
  it('asks for a body and a number in 繁體 as in 简体 (電話, 聯繫, 怎麼聯絡), once the page has handed them over', () => {
    const questions = ['专利纠纷电话', '商标窗口怎么联系', '怎么联络维权援助中心'];
    for (const q of questions) expect([asksForService(q), asksForContact(q)], q).toEqual([true, true]);
    addQuestionWords(attribute);
    for (const q of questions)
      expect([asksForService(convert(q)), asksForContact(convert(q))], q).toEqual([true, true]);
  });
  it('is empty for a language shown as written', () => {
    expect(questionWordsShownIn(asShownIn('zh'))).toBe('');
  });
  it('finds English question words whole: "call" asks, "recall" does not', () => {
    expect(asksForContact('who do I call about a patent')).toBe(true);
    expect(asksForContact('patent recall rules')).toBe(false);
  });
});

describe('the vocabulary in a converted language', () => {
  const forms = vocabularyFormsShownIn(siteVocabulary, 'zh-hant', asShownIn('zh-hant'));
  const attribute = forms.flat().join(' ');
  it('survives the page’s own conversion of its attributes', () => {
    expect(asShownIn('zh-hant')(attribute)).toBe(attribute);
  });
  it('rewrites a Traditional question (商標被抄襲) in the converted site words, as the Simplified one is', () => {
    const shown = vocabularyShownIn(siteVocabulary, 'zh-hant', parseVocabularyForms(attribute));
    const convert = asShownIn('zh-hant');
    const simplified = expandQuery('商标被抄袭', 'zh', siteVocabulary);
    expect(simplified.length).toBeGreaterThan(0);
    expect(expandQuery(convert('商标被抄袭'), 'zh-hant', shown)).toEqual(simplified.map(convert));
    expect(subjectWords(convert('商标被抄袭'), 'zh-hant', shown)).toEqual(
      subjectWords('商标被抄袭', 'zh', siteVocabulary).map(convert),
    );
  });
  it('is the siteVocabulary as written for a language shown as written', () => {
    expect(vocabularyFormsShownIn(siteVocabulary, 'zh', asShownIn('zh'))).toEqual([]);
  });
});
