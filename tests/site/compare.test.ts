// Side-by-side reading (/plan/compare/): the plan named (title, issuer, date) and its notice of issue, then
// every clause once, in both languages, anchored by its clause ID and reachable from that clause on /plan/
// and from the plan's contents; the page's own contents, each row labelled with its place in the plan; each
// part printable alone.
import { describe, expect, it } from 'vitest';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';
import { compactText, page } from '../support/dist.ts';
import { HTML_LANG, LOCALES, localePath } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { asShownIn } from '../../src/i18n/converters.ts';
import { clauseKind } from '../../src/lib/plan/clauseIds.ts';
import { clauseName } from '../../src/lib/plan/clauseName.ts';
import { sentenceStart } from '../../src/lib/typography/sentenceStart.ts';
import { PLAN_TITLE, planFactsText } from '../../src/lib/plan/facts.ts';

const zhClauses = loadPlanFiles('zh').flatMap((f) => f.clauses);
// The notice of issue (00-notice.md): paragraphs without clause IDs, paired by position.
const noticeOf = (lang: 'zh' | 'en') =>
  loadPlanFiles(lang)
    .filter((f) => f.clauses.length === 0)
    .flatMap((f) => f.unmarked.map((p) => p.text));
const notice = { zh: noticeOf('zh'), en: noticeOf('en') };
const noticeIds = notice.zh.map((_, i) => (i === 0 ? 'notice' : `notice-${i + 1}`));
const enText = new Map(
  loadPlanFiles('en')
    .flatMap((f) => f.clauses)
    .map((c) => [c.id, c.text]),
);
// Width-normalised (NFKC), so full-width punctuation set at build time still matches the content's text.
const squash = (s: string) => s.replace(/\s+/g, '').normalize('NFKC');

describe.each([
  ['/plan/compare/', 'zh-CN', 'en'],
  ['/en/plan/compare/', 'en', 'zh-CN'],
])('%s', (url, pageLang, otherLang) => {
  const doc = page(url);
  const rows = doc.querySelectorAll('.compare-row[id]');

  it('names the plan, gives its notice of issue, then one row per clause with the clause ID as its id, in order', () => {
    expect(notice.zh.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id)).toEqual(['title', ...noticeIds, ...zhClauses.map((c) => c.id)]);
  });

  it('shows the plan’s title and every paragraph of its notice of issue in both languages', () => {
    const both = (id: string) =>
      doc
        .getElementById(id)!
        .querySelectorAll('.compare-cell')
        .map((c) => squash(compactText(c)));
    const title = both('title');
    const shows = (cells: string[], text: string) => cells.some((cell) => cell.startsWith(squash(text)));
    expect(shows(title, PLAN_TITLE.zh) && shows(title, PLAN_TITLE.en)).toBe(true);
    const missing = noticeIds.filter((id, i) => {
      const cells = both(id);
      return !shows(cells, notice.zh[i]) || !shows(cells, notice.en[i]);
    });
    expect(missing).toEqual([]);
  });

  it('names the document above the text, with its issuer and date, so a printout of any part says what it is', () => {
    const line = doc.querySelector('.compare-document[data-print-keep]');
    const facts = planFactsText(pageLang === 'en' ? 'en' : 'zh');
    expect(squash(compactText(line!))).toContain(squash(facts.issuer));
    expect(squash(compactText(line!))).toContain(squash(facts.issued));
  });

  it('offers a "print this part" button for each part, which names a section holding that part', () => {
    const parts = zhClauses.filter((c) => c.kind === 'part').map((c) => c.id);
    const printable = doc
      .querySelectorAll('button[data-print-part-of]')
      .map((b) => b.getAttribute('data-print-part-of')!)
      .filter((ids) => !ids.includes(' '))
      .map((id) => doc.getElementById(id)?.querySelector('.compare-row--part')?.id);
    expect(printable).toEqual(parts);
  });

  it("puts the reader's language first and the other language second, each marked with its lang", () => {
    const langs = new Set(
      rows.map((r) =>
        r
          .querySelectorAll('.compare-cell')
          .map((c) => c.getAttribute('lang'))
          .join(' '),
      ),
    );
    expect([...langs]).toEqual([`${pageLang} ${otherLang}`]);
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe(pageLang);
  });

  it('shows each clause in the words of both texts', () => {
    const wrong = zhClauses.filter((c) => {
      const cells = doc.getElementById(c.id)!.querySelectorAll('.compare-cell');
      const [zhCell, enCell] = pageLang === 'en' ? [cells[1], cells[0]] : [cells[0], cells[1]];
      return (
        !squash(compactText(zhCell)).startsWith(squash(c.text)) ||
        !squash(compactText(enCell)).startsWith(squash(enText.get(c.id)!))
      );
    });
    expect(wrong.map((c) => c.id)).toEqual([]);
  });
});

describe.each([
  ['/plan/', '/plan/compare/'],
  ['/en/plan/', '/en/plan/compare/'],
])('%s', (url, compareUrl) => {
  const doc = page(url);

  it('links every clause to its row on the side-by-side page', () => {
    const without = zhClauses.filter(
      (c) => !doc.getElementById(c.id)!.querySelector(`a.clause-compare[href="${compareUrl}#${c.id}"]`),
    );
    expect(without.map((c) => c.id)).toEqual([]);
  });

  it('links the side-by-side page from the contents', () => {
    expect(doc.querySelector(`.plan-contents a[href="${compareUrl}"]`)).not.toBeNull();
  });
});

describe.each(LOCALES)('the side-by-side page in %s', (lang) => {
  // As the page shows them: a generated language's page pass converts the dictionary's words too.
  const shown = asShownIn(lang);
  const t = (key: 'plan.copyLink' | 'plan.clauseLink') => shown(useTranslations(lang)(key));
  const doc = page(localePath(lang, '/plan/compare/', '/'));

  it("opens with the plan's contents: every part, task area, subsection and safeguard, linking to its row", () => {
    const contents = doc.querySelector('.plan-contents')!;
    const headings = zhClauses.filter((c) => c.depth >= 2).map((c) => `#${c.id}`);
    expect(contents.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(headings);
    expect(headings.filter((href) => !doc.querySelector(`.compare-row${href}`))).toEqual([]);
    expect(doc.querySelector('main')!.innerHTML.indexOf('plan-contents')).toBeLessThan(
      doc.querySelector('main')!.innerHTML.indexOf('compare-row'),
    );
  });

  // A compliance officer wanted 四（二） alone on paper, not the twenty sheets of part 四.
  it('offers a "print this section" button for each （一）（二）… of a part, printing it under its part’s heading', () => {
    const expected: string[][] = [];
    let part = '';
    for (const c of zhClauses) {
      if (c.kind === 'part') part = c.id;
      else if (c.depth === 3) expected.push([part, c.id]);
    }
    expect(expected.length).toBeGreaterThan(0);
    const sections = doc
      .querySelectorAll('button[data-print-part-of]')
      .filter((b) => b.getAttribute('data-print-part-of')!.includes(' '));
    const printed = sections.map((b) => {
      const [heading, section] = b
        .getAttribute('data-print-part-of')!
        .split(' ')
        .map((id) => doc.getElementById(id));
      return [heading?.matches('.compare-row--part') ? heading.id : '', section?.querySelector('.compare-row')?.id];
    });
    expect(printed).toEqual(expected);
    // Its label, then the section it prints for a screen reader: "打印这一节（中英对照）: （二）…".
    const label = shown(useTranslations(lang)('compare.printSection'));
    for (const [i, b] of sections.entries()) {
      const heading = doc.getElementById(expected[i][1])!.querySelector('.compare-heading')!;
      const words = heading.textContent!.replace(heading.querySelector('.clause-link')?.textContent ?? '', '');
      expect(b.textContent!.trim().startsWith(label), b.textContent!).toBe(true);
      expect(squash(b.querySelector('.visually-hidden')!.textContent!)).toContain(squash(words));
    }
  });

  it('labels every row but the headings with its place in the plan, in the reader’s language, shown as it scrolls by', () => {
    // The paragraphs (a heading's words carry its number); the title and the notice are named by their headings.
    // Width-folded (NFKC): the page pass sets the Chinese brackets full-width.
    const paragraphs = zhClauses.filter((c) => c.depth === 0);
    expect(paragraphs.length).toBeGreaterThan(0);
    const labelled = doc
      .querySelectorAll('.compare-row[id] > .compare-ref:not(.compare-ref--on-target)')
      .map((ref) => [ref.parentNode.id, ref.querySelector('.compare-ref__place')?.textContent.normalize('NFKC')]);
    expect(labelled).toEqual(
      paragraphs.map((c) => [c.id, shown(sentenceStart(clauseName(c.id, lang), HTML_LANG[lang])).normalize('NFKC')]),
    );
  });

  it('offers every row the plan\'s labelled "copy link" (a plain "link to this clause" without scripts), no bare "#"', () => {
    const clauseRows = doc.querySelectorAll('.compare-row[id]').filter((row) => clauseKind(row.id));
    const unlabelled = clauseRows.filter((row) => {
      const link = row.querySelector(`a.clause-link[href="#${row.id}"]`);
      return (
        link?.querySelector('.clause-link__copy')?.textContent.trim() !== t('plan.copyLink') ||
        link.querySelector('.clause-link__plain')?.textContent.trim() !== t('plan.clauseLink') ||
        link.textContent.includes('#')
      );
    });
    expect(unlabelled.map((row) => row.id)).toEqual([]);
    expect(doc.querySelector('[data-clause-tools]')).not.toBeNull();
  });
});
