// The plan in search results: its clauses titled by what they are about (number and lead phrase or heading,
// never a cut first sentence), and grouped ("方案原文中" / "In the plan text") when they say what was searched for.
import { describe, expect, it } from 'vitest';
import { clauseTitle } from '../../src/lib/search/clauseTitle.ts';
import {
  clauseMatch,
  type ClauseMatch,
  wholeWords,
  withPlanGroup,
  PLAN_GROUP_AFTER,
  PLAN_GROUP_SIZE,
} from '../../src/lib/search/planGroup.ts';
import { leadPhrase, leadPhraseIn } from '../../src/lib/plan/leadPhrase.ts';
import { clauseNumber } from '../../src/lib/plan/clauseRef.ts';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';
import { CONTENT_LANGS, SOURCE_LANG, typographyOf, type Lang } from '../../src/i18n/locales.ts';
import { clausesContaining, type Anchor } from '../../src/lib/search/clauseHits.ts';
import { fullWidthPunctuation } from '../../src/lib/typography/punctuation.ts';
import { excerptAround } from '../../src/lib/search/excerpt.ts';

const ENGLISH = CONTENT_LANGS.find((lang) => typographyOf(lang) === 'latin')!;
/** Text as a page in `lang` shows it: full-width punctuation in Chinese. */
const shown = (text: string, lang: Lang) => (typographyOf(lang) === 'cjk' ? fullWidthPunctuation(text) : text);

/** The plan's clauses as Pagefind's anchors of /plan/: headings and paragraphs in reading order. */
function planAnchors(lang: Lang): Anchor[] {
  return loadPlanFiles(lang)
    .flatMap((file) => file.clauses)
    .map((clause, location) => ({
      element: clause.depth ? `h${clause.depth}` : 'p',
      id: clause.id,
      text: clause.text,
      location,
    }));
}

describe('clauseTitle', () => {
  // A clause that opens straight into a long sentence: the plan's only clause on rights protection assistance.
  const opensLong = planAnchors(SOURCE_LANG).find(
    (a) => a.element === 'p' && a.id.startsWith('task-') && !leadPhrase(a.text),
  )!;

  it('titles a clause without a lead phrase by its number and the heading it stands under, in every content language', () => {
    for (const lang of CONTENT_LANGS) {
      const anchors = planAnchors(lang);
      const clause = anchors.find((a) => a.id === opensLong.id)!;
      const heading = anchors.filter((a) => a.element !== 'p' && a.location < clause.location).at(-1)!;
      const title = clauseTitle(anchors, clause.id, clause.text, lang);
      const words = shown(heading.text.replace(/^\d+\.\s*/, ''), lang);
      expect(title.startsWith(`${shown(clauseNumber(clause.id, lang)!, lang)} `)).toBe(true);
      expect(title.endsWith(words)).toBe(true);
      expect(title).not.toContain(clause.text.slice(0, 30));
    }
  });

  it('writes a Chinese title in full-width punctuation, as the page writes the clause number (四（二）3)', () => {
    const anchors = planAnchors(SOURCE_LANG);
    expect(clauseTitle(anchors, opensLong.id, opensLong.text, SOURCE_LANG)).toMatch(
      /^[一二三四五六]（[一二三四五]）\d /,
    );
  });

  it('titles a measure by its number and its lead phrase, without the full stop', () => {
    const anchors = planAnchors(SOURCE_LANG);
    const measure = anchors.find((a) => a.element === 'p' && leadPhrase(a.text) && a.id.startsWith('task-'))!;
    expect(clauseTitle(anchors, measure.id, measure.text, SOURCE_LANG)).toBe(
      `${shown(clauseNumber(measure.id, SOURCE_LANG)!, SOURCE_LANG)} ${leadPhrase(measure.text)!.replace(/。$/, '')}`,
    );
  });
});

describe('leadPhraseIn', () => {
  it('finds a lead sentence in the translation exactly where the source has a lead phrase', () => {
    const translation = new Map(
      loadPlanFiles(ENGLISH)
        .flatMap((f) => f.clauses)
        .map((c) => [c.id, c.text]),
    );
    const paragraphs = loadPlanFiles(SOURCE_LANG)
      .flatMap((f) => f.clauses)
      .filter((c) => !c.depth && translation.has(c.id));
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const clause of paragraphs)
      expect(Boolean(leadPhraseIn(translation.get(clause.id)!, ENGLISH)), clause.id).toBe(
        Boolean(leadPhrase(clause.text)),
      );
  });
});

describe('wholeWords', () => {
  it('joins the single characters a segmenter split off, and drops what is left alone', () => {
    expect(wholeWords(['海外', '维', '权'])).toEqual(['海外', '维权']);
    expect(wholeWords(['知识', '产权', '质', '押'])).toEqual(['知识', '产权', '质押']);
    expect(wholeWords(['Patent', 'pledge'])).toEqual(['patent', 'pledge']);
  });
});

describe('clauseMatch', () => {
  const clause = '加强涉外知识产权风险防范和维权,建立海外知识产权维权援助机制,设立海外维权援助资金。';
  it('says a clause containing the query as typed matches it as a phrase', () => {
    expect(clauseMatch(clause, ['海外', '维权'], [])).toBe('phrase');
  });
  it('says a clause containing each word matches it by its words', () => {
    expect(clauseMatch(clause, ['维权', '海外'], [])).toBe('words');
  });
  it('lets one word be missing only where the clause has the vocabulary’s word instead', () => {
    const text = 'set up funds for rights protection assistance abroad';
    expect(clauseMatch(text, ['overseas', 'rights', 'protection'], ['abroad'])).toBe('words');
    expect(clauseMatch(text, ['overseas', 'rights', 'protection'], [])).toBeUndefined();
    expect(clauseMatch(text, ['overseas', 'rights', 'pledge'], ['abroad'])).toBeUndefined();
  });
});

describe('clauseMatch and the responsible units', () => {
  it.each(CONTENT_LANGS)('ranks a clause naming a word only in its responsible units after the others (%s)', (lang) => {
    // 版权 in 市版权局: in the units of clauses that are not about copyright.
    const unit = lang === ENGLISH ? 'copyright' : '版权';
    const clauses = planAnchors(lang).filter((a) => a.element === 'p' && a.text.toLowerCase().includes(unit));
    const onlyInUnits = clauses.filter((a) => clauseMatch(a.text, [unit], []) === 'units');
    expect(onlyInUnits.length).toBeGreaterThan(0);
    for (const clause of onlyInUnits) {
      const units = /[(（][^()（）]*[)）]\s*$/u.exec(clause.text)![0];
      expect(clause.text.slice(0, -units.length).toLowerCase()).not.toContain(unit);
    }
    expect(clauses.filter((a) => clauseMatch(a.text, [unit], []) === 'phrase').length).toBeGreaterThan(0);
  });
});

describe('withPlanGroup', () => {
  const hit = (url: string, match?: ClauseMatch) => ({ url, match });
  const byMatch = (h: ReturnType<typeof hit>) => h.match;

  it('keeps the first results in their places and puts the group after them, the clauses with the phrase first', () => {
    const hits = [
      hit('/guide/'),
      hit('/service/'),
      hit('/target/'),
      hit('/plan/#a', 'words'),
      hit('/plan/#b', 'phrase'),
    ];
    const { hits: rest, group } = withPlanGroup(hits, byMatch);
    expect(rest.map((h) => h.url)).toEqual(['/guide/', '/service/', '/target/']);
    expect(group).toEqual({ at: PLAN_GROUP_AFTER, clauses: [hits[4], hits[3]], rest: [], total: 2 });
  });

  it('makes no group when a clause already ranks where the group would stand', () => {
    const hits = [hit('/plan/#a', 'phrase'), hit('/target/'), hit('/plan/#b', 'words')];
    expect(withPlanGroup(hits, byMatch)).toEqual({ hits });
  });

  it(`holds at most ${PLAN_GROUP_SIZE} clauses; the others keep their place in the list`, () => {
    const hits = [
      hit('/guide/'),
      hit('/service/'),
      hit('/target/'),
      ...Array.from({ length: PLAN_GROUP_SIZE + 2 }, (_, i) => hit(`/plan/#${i}`, 'words')),
    ];
    const { hits: rest, group } = withPlanGroup(hits, byMatch);
    expect(group?.clauses).toHaveLength(PLAN_GROUP_SIZE);
    expect(rest).toHaveLength(5);
  });

  it('makes no group when no clause says what was searched for', () => {
    const hits = [hit('/guide/'), hit('/plan/#a')];
    expect(withPlanGroup(hits, byMatch)).toEqual({ hits });
  });

  // Every clause that matches, whether or not it ranked among the pages loaded (商标 is in a dozen clauses).
  const everyClause = Array.from({ length: PLAN_GROUP_SIZE + 4 }, (_, i) => hit(`/plan/#${i}`, 'phrase'));

  it('opens every other clause that matches from the group, in the plan’s order, and counts them all', () => {
    const hits = [hit('/guide/'), hit('/service/'), hit('/target/'), everyClause[5], everyClause[2], everyClause[4]];
    const { hits: rest, group } = withPlanGroup(hits, byMatch, { all: everyClause });
    expect(rest.map((h) => h.url)).toEqual(['/guide/', '/service/', '/target/']);
    expect(group?.clauses).toEqual([everyClause[5], everyClause[2], everyClause[4]]);
    expect(group?.rest.map((h) => h.url)).toEqual(
      everyClause.filter((_, i) => ![5, 2, 4].includes(i)).map((h) => h.url),
    );
    expect(group?.total).toBe(everyClause.length);
    // Each clause is reachable exactly once: shown, or opened from the group.
    const reached = [...rest, ...group!.clauses, ...group!.rest].map((h) => h.url);
    expect(new Set(reached).size).toBe(reached.length);
    expect(reached).toEqual(expect.arrayContaining(everyClause.map((h) => h.url)));
  });

  it('puts the other clauses at the end of the list when a clause already ranks where the group would stand', () => {
    const hits = [everyClause[3], hit('/target/'), hit('/guide/')];
    const { hits: listed, group } = withPlanGroup(hits, byMatch, { all: everyClause });
    expect(listed).toEqual(hits);
    expect(group?.at).toBe(hits.length);
    expect(group?.clauses).toEqual([]);
    expect(group?.rest).toHaveLength(everyClause.length - 1);
  });

  it('shows a clause naming the words only in its units after those whose own words do', () => {
    const hits = [
      hit('/guide/'),
      hit('/service/'),
      hit('/target/'),
      hit('/plan/#u', 'units'),
      hit('/plan/#a', 'words'),
    ];
    const all = [hits[3], hits[4], hit('/plan/#v', 'units'), hit('/plan/#b', 'phrase')];
    const { hits: listed, group } = withPlanGroup(hits, byMatch, { all, size: 1 });
    expect(group?.clauses.map((h) => h.url)).toEqual(['/plan/#a']);
    // The clause the group has no room for keeps its place in the list; the others are opened, units last.
    expect(listed.map((h) => h.url)).toContain('/plan/#u');
    expect(group?.rest.map((h) => h.url)).toEqual(['/plan/#b', '/plan/#v']);
  });

  it('has nothing to open when every clause that matches is shown', () => {
    const hits = [hit('/guide/'), hit('/service/'), hit('/target/'), everyClause[0], everyClause[1]];
    const { group } = withPlanGroup(hits, byMatch, { all: everyClause.slice(0, 2) });
    expect(group?.clauses).toHaveLength(2);
    expect(group?.rest).toEqual([]);
  });
});

describe('clausesContaining', () => {
  it.each(CONTENT_LANGS)('finds every place in the plan that contains a word, in the plan’s order (%s)', (lang) => {
    const word = lang === ENGLISH ? 'trademark' : '商标';
    const anchors = planAnchors(lang);
    const expected = anchors.filter((a) => a.text.toLowerCase().includes(word)).map((a) => a.id);
    expect(expected.length).toBeGreaterThan(PLAN_GROUP_SIZE);
    const found = clausesContaining(anchors, (text) => Boolean(clauseMatch(text, [word], [])));
    expect(found.map((a) => a.id)).toEqual(expected);
  });
});

describe('excerptAround the query as typed', () => {
  it('shows where the clause says what was asked, not where a word of it first occurs', () => {
    const text =
      '加强各地和园区知识产权保护、维权援助工作站建设。加大维权指导力度,开展知识产权风险防控和纠纷应对培训,指导企业加强知识产权风险预警防范。设立海外维权援助资金。';
    const parts = excerptAround(text, ['海外', '维权'], SOURCE_LANG, 10, '海外维权');
    expect(parts.map((p) => p.text).join('')).toContain('设立海外维权援助资金');
  });
});
