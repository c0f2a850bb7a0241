// The side-by-side page labels each row with its place in the plan, as a parallel text prints a verse number:
// every paragraph, told apart from every other; never a heading, whose words carry its number.
import { describe, expect, it } from 'vitest';
import { compareLabel } from '../../src/lib/plan/compareLabel.ts';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';
import { LOCALES, SOURCE_LANG } from '../../src/i18n/locales.ts';

const clauses = loadPlanFiles(SOURCE_LANG).flatMap((f) => f.clauses);

describe.each(LOCALES)('compareLabel in %s', (lang) => {
  it('labels every paragraph of the plan, each with a place no other paragraph has', () => {
    const paragraphs = clauses.filter((c) => c.depth === 0);
    const labels = paragraphs.map((c) => compareLabel(c, lang));
    expect(labels.filter((label) => !label || label.onTargetOnly)).toEqual([]);
    expect(new Set(labels.map((label) => label!.text)).size).toBe(paragraphs.length);
  });

  it('gives a heading no label, and names the title and the notice only on the row a link opened', () => {
    expect(clauses.filter((c) => c.depth >= 2).map((c) => compareLabel(c, lang))).toEqual(
      clauses.filter((c) => c.depth >= 2).map(() => undefined),
    );
    expect(compareLabel({ id: 'title', depth: 0 }, lang)?.onTargetOnly).toBe(true);
    expect(compareLabel({ id: 'notice', depth: 0 }, lang)?.onTargetOnly).toBe(true);
    expect(compareLabel({ id: 'notice-2', depth: 0 }, lang)).toBeUndefined();
  });
});
