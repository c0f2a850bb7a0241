// Every clause ID is an anchor on both plan pages, and every measure links its responsible units.
import { describe, expect, it } from 'vitest';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';
import { extractResponsibleUnits } from '../../src/lib/plan/responsibleUnits.ts';
import { page } from '../support/dist.ts';

const clauses = loadPlanFiles('zh').flatMap((f) => f.clauses);
const measures = clauses.filter((c) => c.kind === 'measure');

describe.each([['/plan/'], ['/en/plan/']])('%s', (url) => {
  const doc = page(url);

  it('has an element for every clause ID, plus the notice and the title', () => {
    const missing = [...clauses.map((c) => c.id), 'notice', 'title'].filter((id) => !doc.getElementById(id));
    expect(missing).toEqual([]);
  });

  it('shows a "link to this clause" on every section and measure', () => {
    const withoutLink = clauses
      .filter((c) => !doc.getElementById(c.id)!.querySelector(`a.clause-link[href="#${c.id}"]`))
      .map((c) => c.id);
    expect(withoutLink).toEqual([]);
  });

  it("links each measure's responsible units to the units matrix", () => {
    for (const measure of measures) {
      const links = doc.getElementById(measure.id)!.querySelectorAll('a[href*="/plan/units/#unit-"]');
      expect(links.length, measure.id).toBe(extractResponsibleUnits(measure.text).length);
    }
  });

  it('lists the contents with a link to every part and task area', () => {
    const contents = doc.querySelector('.plan-contents')!;
    for (const id of ['part-1', 'part-4', 'task-1', 'task-5', 'task-5-3', 'part-6']) {
      expect(contents.querySelector(`a[href="#${id}"]`), id).not.toBeNull();
    }
  });
});

describe('the English plan page', () => {
  it('says it is an unofficial translation and that the Chinese text prevails', () => {
    expect(page('/en/plan/').querySelector('main')!.textContent).toMatch(
      /unofficial English translation\. The Chinese text prevails/,
    );
  });
});

describe('validity notice', () => {
  it.each([['/'], ['/plan/'], ['/en/'], ['/en/plan/']])('%s says the plan period has ended', (url) => {
    expect(page(url).querySelector('.validity')!.textContent).toMatch(/已于2025年6月届满|period ended in June 2025/);
  });
});
