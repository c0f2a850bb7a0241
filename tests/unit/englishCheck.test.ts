// The English checks of `npm run content:check`: glossary terms used as decided, in the plan and in every
// other English text, the house style (one programme name, en dashes, dates in words, "Centre", straight
// apostrophes), glossed sources and British spelling. A small fixture content tree (tests/fixtures/english/)
// breaks each rule once; the real content and the UI strings pass.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEnglish } from '../../src/lib/content/checkEnglish.ts';
import {
  checkAvoidedRenderings,
  checkGlossaryConsistency,
  termOccurs,
  usesTerm,
} from '../../src/lib/content/glossaryConsistency.ts';
import { checkEnglishStyle } from '../../src/lib/content/englishStyle.ts';
import { source } from '../../src/lib/schemas/common.ts';
import { checkContent } from '../../src/lib/content/checkContent.ts';
import { termsFile } from '../../src/lib/schemas/glossaryTerms.ts';
import { britishSpelling, englishWords, findMisspellings, markdownProse } from '../../src/lib/content/spelling.ts';
import { loadSpellChecker } from '../../src/data/spellChecker.ts';
import { en } from '../../src/i18n/en.ts';
import { zh } from '../../src/i18n/zh.ts';

const FIXTURE = 'tests/fixtures/english';
/** A folder's Markdown and JSON files, with paths relative to it, as the content check reads them. */
const readTree = (root: string) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((p) => /\.(mdx?|json)$/.test(p))
    .map((p) => ({ path: p.split(sep).join('/'), text: readFileSync(join(root, p), 'utf8') }));
const fixtureDictionary = loadSpellChecker(`${FIXTURE}/glossary/words.txt`);
const realDictionary = loadSpellChecker('content/glossary/words.txt');
const fixtureProblems = checkEnglish(readTree(FIXTURE), fixtureDictionary, (p) => p);
const realProblems = checkEnglish(readTree('content'), realDictionary);
const terms = termsFile.parse(JSON.parse(readFileSync(`${FIXTURE}/glossary/terms.json`, 'utf8')));

describe('glossary consistency', () => {
  const problems = fixtureProblems.filter((p) => p.message.includes('terms.json decides'));

  it('names the file, the clause and the expected English when a clause strays from the glossary', () => {
    const equal = problems.find((p) => p.field === 'clause part-1-1');
    expect(equal?.file).toBe('plan/en/10-part.md');
    expect(equal?.message).toContain('“同保护”');
    expect(equal?.message).toContain('must say "equal protection"');
  });

  it('rejects "carriers" for 载体, listing the accepted variants', () => {
    const hubs = problems.find((p) => p.field === 'clause part-1-2');
    expect(hubs?.message).toContain('must say "hubs" (or "hub")');
  });

  it("checks a target's quoted plan wording against its Chinese", () => {
    expect(problems.map((p) => `${p.file} ${p.field}`)).toContain('targets/gi-sales.json planWording.en');
  });

  it("rejects a target's English quote that is not the plan's English word for word", () => {
    const quote = fixtureProblems.find(
      (p) => p.file === 'targets/gi-sales.json' && p.message.includes('word for word'),
    );
    expect(quote?.message).toContain('from the English of clause part-1-3');
  });

  it('accepts the decided term or a variant, and ignores phrases listed in notWhenPartOf', () => {
    // part-1-2 says 转化为 ("turn into"), which the glossary exempts; part-1-3 uses the terms as decided.
    expect(problems.filter((p) => p.field === 'clause part-1-3')).toEqual([]);
    expect(problems.filter((p) => p.message.includes('“转化”'))).toEqual([]);
  });

  it('matches whole words only, so "region" does not count as "GI"', () => {
    const gi = terms.find((t) => t.zh === '地理标志')!;
    expect(usesTerm(gi, 'GI products', 'en')).toBe(true);
    expect(usesTerm(gi, 'products in the region', 'en')).toBe(false);
    expect(usesTerm(gi, 'Geographical Indication products', 'en')).toBe(true);
  });

  it('finds a term only outside the phrases it does not apply to', () => {
    const commercialisation = terms.find((t) => t.zh === '转化')!;
    expect(termOccurs(commercialisation, '及时转化为高价值专利')).toBe(false);
    expect(termOccurs(commercialisation, '专利转化,及时转化为专利')).toBe(true);
  });

  it('flags a rejected rendering anywhere in the English, with its line and the decided term', () => {
    const rejected = fixtureProblems.find((p) => p.message.includes('rejected translation'));
    expect(rejected).toMatchObject({ file: 'plan/en/10-part.md', field: 'line 9' });
    expect(rejected?.message).toContain(
      '"coordinated protection" is a rejected translation of 同保护: say "equal protection"',
    );
  });

  it('reports a malformed glossary entry by file and field, in both languages', () => {
    const files = readTree('content').map((f) =>
      f.path === 'glossary/terms.json' ? { ...f, text: JSON.stringify([{ zh: '同保护', variants: 'equal' }]) } : f,
    );
    const bad = checkContent(files).filter((p) => p.file === 'content/glossary/terms.json');
    expect(bad.map((p) => p.field)).toEqual(expect.arrayContaining(['0.en', '0.variants']));
    expect(bad.every((p) => p.message.includes(' / '))).toBe(true);
  });

  it('lets the real plan, targets and glossary pass', () => {
    const real = termsFile.parse(JSON.parse(readFileSync('content/glossary/terms.json', 'utf8')));
    expect(
      checkGlossaryConsistency(
        real,
        [{ file: 'x', field: 'y', source: '同保护', translation: 'equal protection' }],
        'en',
      ),
    ).toEqual([]);
    expect(realProblems.filter((p) => p.message.includes('terms.json decides'))).toEqual([]);
  });
});

describe('British spelling', () => {
  const problems = fixtureProblems.filter((p) => p.message.includes('en-GB'));
  const flagged = problems.map((p) => p.message.match(/"([^"]+)" is not/)?.[1]);

  it('flags American spellings with the field or line and a British suggestion', () => {
    const prioritizing = problems.find((p) => p.message.includes('"Prioritizing"'));
    expect(prioritizing).toMatchObject({ file: 'pages/en/misspelt.md', field: 'title' });
    expect(prioritizing?.message).toContain('perhaps "Prioritising"');
    expect(problems.find((p) => p.message.includes('"centered"'))?.message).toContain('perhaps "centred"');
    expect(flagged).toEqual(expect.arrayContaining(['Prioritizing', 'centered', 'center', 'fulfill']));
  });

  it('accepts names from the word list, capitalised ones only as written', () => {
    // "Center" (an official name) is in the word list; lowercase "center" in prose is still American.
    expect(flagged).not.toContain('Center');
    expect(flagged).not.toContain('Changzhou');
    expect(flagged).toContain('center');
  });

  it('skips acronyms, clause markers, link targets, code and URLs', () => {
    expect(flagged).not.toContain('CNIPA');
    expect(flagged).not.toContain('services');
    expect(flagged).not.toContain('centerpiece');
    expect(englishWords('CNIPA, GIs and R&D in 2025')).toEqual(['and', 'R', 'D', 'in']);
    expect(markdownProse('Text {#task-1-1} [link](/en/plan/#x) `code`').flatMap((l) => englishWords(l.text))).toEqual([
      'Text',
      'link',
    ]);
    expect(
      markdownProse('Source: english.sipo.gov.cn/news/officialinformation/1.htm and wipo.int').flatMap((l) =>
        englishWords(l.text),
      ),
    ).toEqual(['Source', 'and']);
  });

  it('reports each unknown word once per file, at its first line', () => {
    const once = findMisspellings(
      'f.md',
      [
        { where: 'line 1', text: 'colour color' },
        { where: 'line 2', text: 'color' },
      ],
      { correct: (w) => w !== 'color' },
    );
    expect(once.map((p) => p.field)).toEqual(['line 1']);
  });

  it('suggests British forms only when the dictionary knows them', () => {
    const knows = (words: string[]) => ({ correct: (w: string) => words.includes(w) });
    expect(britishSpelling('organization', knows(['organisation']))).toBe('organisation');
    expect(britishSpelling('fulfill', knows(['fulfil']))).toBe('fulfil');
    expect(britishSpelling('Xyzzy', knows([]))).toBeUndefined();
  });

  it('lets the real English content pass', () => {
    expect(realProblems.filter((p) => p.message.includes('en-GB'))).toEqual([]);
  });

  it('keeps the English UI strings British too', () => {
    // Commands and paths in the editors' strings (npm run …, content/progress/zh/) are not words; a string that is
    // an address alone (a source's URL) has none.
    const lines = Object.entries(en).map(([key, text]) => ({
      where: key,
      text: markdownProse(String(text).replace(/npm run \S+|\S*\/\S*/g, ' '))[0]?.text ?? '',
    }));
    expect(findMisspellings('src/i18n/en.ts', lines, realDictionary.en!)).toEqual([]);
  });
});

describe('the glossary outside the plan', () => {
  const problems = fixtureProblems.filter((p) => p.message.includes('terms.json decides'));
  const at = (file: string, field: string) => problems.filter((p) => p.file === file && p.field.startsWith(field));

  it('holds a translated page to the glossary: a term anywhere in the Chinese must be rendered as decided', () => {
    const page = at('services/en/station.md', 'text');
    expect(page.map((p) => p.message)).toEqual([expect.stringContaining('must say "rights protection assistance"')]);
    expect(page[0].field).toContain('services/zh/station.md');
    // The same check passes a term the English renders as decided (知识产权强市 is there in both).
    expect(problems.filter((p) => p.message.includes('“知识产权强市”') && p.file === 'services/en/station.md')).toEqual(
      [],
    );
  });

  it('checks a progress record against its Chinese, and the English fields kept in Chinese records', () => {
    expect(at('progress/en/record.md', 'text').map((p) => p.message)).toEqual([
      expect.stringContaining('must say "equal protection"'),
    ]);
    expect(at('services/zh/station.md', 'name.en')).toHaveLength(1);
    expect(at('progress/zh/record.md', 'sources.0.titleEn')[0]?.message).toContain(
      'must say "Strong Intellectual Property City"',
    );
  });

  it('flags a rejected rendering in any English file, not only the plan', () => {
    expect(
      fixtureProblems.find((p) => p.file === 'progress/en/record.md' && p.message.includes('rejected translation'))
        ?.message,
    ).toContain('"coordinated protection" is a rejected translation of 同保护');
  });
});

describe('house style of the English', () => {
  // The house-style problems of a file: not the glossary's, not spelling's.
  const style = (file: string) =>
    fixtureProblems.filter(
      (p) =>
        p.file === file &&
        !p.message.includes('so the English must say') &&
        !p.message.includes('rejected translation') &&
        !p.message.includes('(en-GB) dictionary'),
    );
  const record = style('progress/en/record.md');
  const about = (text: string) => record.filter((p) => p.message.includes(text));

  it("allows one name for the programme, naming the glossary's", () => {
    expect(about("not the site's name for the programme").map((p) => p.field)).toEqual(['title']);
    expect(about("not the site's name")[0].message).toContain(
      'write “Strong Intellectual Property City” for 知识产权强市',
    );
    // A gloss in a Chinese record is English too.
    expect(style('progress/zh/record.md').map((p) => p.message)).toEqual([
      expect.stringContaining('"IP-strong" is not the site\'s name for the programme'),
    ]);
  });

  it('asks for an en dash in a range of years and a date in words, with the fix', () => {
    expect(about('en dash')[0]).toMatchObject({ field: 'line 7' });
    expect(about('en dash')[0].message).toContain('write "2022–2025"');
    expect(about('dates in words')[0].message).toContain('"11 August 2022"');
  });

  it('asks for "Centre" except inside an official name the glossary lists', () => {
    const centre = about('"Center" is the American spelling');
    expect(centre.map((p) => p.field)).toEqual(['line 9']);
    const line = 'the Changzhou Intellectual Property Protection Center keeps its name';
    expect(checkEnglishStyle(terms, 'f.md', [{ where: 'line 1', text: line }], 'en')).toEqual([]);
  });

  it('asks for straight apostrophes', () => {
    expect(about('straight apostrophes').map((p) => p.field)).toEqual(['line 9']);
  });

  it('lets the real English content pass every English check', () => {
    expect(realProblems).toEqual([]);
  });
});

describe('sources on English pages', () => {
  const chinese = { title: '常州科教城网站报道', publisher: '常州科教城', date: '2022-09-05' };

  it('asks for an English gloss of a Chinese title and publisher, naming the field to add', () => {
    const result = source.safeParse(chinese);
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues.map(([path]) => path)).toEqual(['titleEn', 'publisherEn']);
    expect(issues[0][1]).toContain('add titleEn, its English translation');
  });

  it('accepts a glossed Chinese source, and an English one without glosses', () => {
    expect(
      source.safeParse({ ...chinese, titleEn: 'Report', publisherEn: 'Changzhou Science and Education Town' }).success,
    ).toBe(true);
    expect(source.safeParse({ title: 'WIPO Report', publisher: 'CNIPA', date: '2024-07-31' }).success).toBe(true);
  });
});

describe('the English UI strings', () => {
  const real = termsFile.parse(JSON.parse(readFileSync('content/glossary/terms.json', 'utf8')));
  const lines = Object.entries(en).map(([key, text]) => ({ where: key, text: String(text) }));
  // Where a UI string uses a glossary word in another sense: 服务机构 in the names of the Services section
  // means the bodies listed there, public centres and hotlines included, not the IP service industry.
  const otherSense = new Set(['services.title 服务机构', 'search.intro 服务机构', 'search.type.service 服务机构']);

  it('render every glossary term of their Chinese as decided', () => {
    const twins = Object.entries(zh).map(([key, text]) => ({
      file: 'src/i18n/en.ts',
      field: key,
      source: text,
      translation: en[key as keyof typeof en],
    }));
    const problems = checkGlossaryConsistency(real, twins, 'en').filter(
      (p) => !otherSense.has(`${p.field} ${p.message.match(/“([^”]+)”/)?.[1]}`),
    );
    expect(problems).toEqual([]);
  });

  it('use no rejected rendering and keep the house style', () => {
    // The filing planner's date field takes YYYY-MM-DD where a browser shows it as plain text.
    const prose = lines.filter(
      (l) => !['planner.dateHint', 'planner.invalid', 'planner.fairHint', 'planner.fairInvalid'].includes(l.where),
    );
    expect(checkAvoidedRenderings(real, 'src/i18n/en.ts', prose, 'en')).toEqual([]);
    expect(checkEnglishStyle(real, 'src/i18n/en.ts', prose, 'en')).toEqual([]);
  });
});
