// The content check on the real content with one bad file added or replaced: every error class an
// editor can make fails the check with a message naming the file and the field, in Chinese and English.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFile } from '../../src/lib/content/checkContent.ts';
import { readContentFiles } from '../../src/data/contentFiles.ts';

const EN_STUB = '---\ntitle: English twin\nsummary: Test.\n---\n\nTest.\n';
const SERVICE_EN_STUB = '---\nsummary: Test.\n---\n\nTest.\n';
const real = readContentFiles();
const fixture = (path: string) => readFileSync(`tests/fixtures/${path}`, 'utf8');

/** The real content with the given files added (or replacing the file of the same path). */
function checkWith(files: Record<string, string>) {
  const changed: ContentFile[] = Object.entries(files).map(([path, text]) => ({ path, text }));
  return checkContent([...real.filter((f) => !(f.path in files)), ...changed]);
}

describe('content check', () => {
  it('passes the real content (its spelling is checked with the dictionary in englishCheck.test.ts)', () => {
    expect(checkWith({})).toEqual([]);
  });

  it.each([
    [
      'malformed front matter',
      { 'progress/zh/bad.md': fixture('progress/malformed.md'), 'progress/en/bad.md': EN_STUB },
      'content/progress/zh/bad.md',
      'line 2',
    ],
    [
      'a Markdown file without front matter',
      { 'pages/zh/bare.md': fixture('markdown/no-front-matter.md'), 'pages/en/bare.md': fixture('markdown/orphan.md') },
      'content/pages/zh/bare.md',
      '(front matter)',
    ],
    [
      'a missing required field',
      { 'targets/bad.json': fixture('targets/no-unit.json') },
      'content/targets/bad.json',
      'unit',
    ],
    [
      'a cross-border mark that is not true or false',
      { 'targets/bad.json': fixture('targets/cross-border-not-boolean.json') },
      'content/targets/bad.json',
      'crossBorder',
    ],
    [
      'a wrong date',
      { 'progress/zh/bad.md': fixture('progress/wrong-date.md'), 'progress/en/bad.md': EN_STUB },
      'content/progress/zh/bad.md',
      'date',
    ],
    [
      'a figure that is not a number',
      { 'progress/zh/bad.md': fixture('progress/figure-not-number.md'), 'progress/en/bad.md': EN_STUB },
      'content/progress/zh/bad.md',
      'figures.0.value',
    ],
    [
      'a figure without a source',
      { 'progress/zh/bad.md': fixture('progress/figure-without-source.md'), 'progress/en/bad.md': EN_STUB },
      'content/progress/zh/bad.md',
      'sources',
    ],
    [
      'an unknown target id',
      { 'progress/zh/bad.md': fixture('progress/unknown-target.md'), 'progress/en/bad.md': EN_STUB },
      'content/progress/zh/bad.md',
      'figures[0].target',
    ],
    [
      'a clause ID that does not exist',
      { 'services/zh/bad.md': fixture('services/unknown-clause.md'), 'services/en/bad.md': SERVICE_EN_STUB },
      'content/services/zh/bad.md',
      'clauses[0]',
    ],
    [
      'a contact detail without a source',
      { 'services/zh/bad.md': fixture('services/contact-without-source.md'), 'services/en/bad.md': SERVICE_EN_STUB },
      'content/services/zh/bad.md',
      'contact.phone.source',
    ],
    [
      'a page without its translation',
      { 'pages/zh/orphan.md': fixture('markdown/orphan.md') },
      'content/pages/zh/orphan.md',
      '(translation)',
    ],
    [
      'a broken link inside Markdown',
      { 'pages/zh/links.md': fixture('markdown/broken-link.md'), 'pages/en/links.md': fixture('markdown/orphan.md') },
      'content/pages/zh/links.md',
      'line 7',
    ],
    [
      'a units glossary that is not valid JSON',
      { 'glossary/units.json': fixture('glossary/units-broken.json') },
      'content/glossary/units.json',
      '(JSON)',
    ],
    [
      'a unit without its English name',
      { 'glossary/units.json': fixture('glossary/units-no-english.json') },
      'content/glossary/units.json',
      '0.en',
    ],
    [
      'a terms glossary that is not valid JSON',
      { 'glossary/terms.json': fixture('glossary/terms-broken.json') },
      'content/glossary/terms.json',
      '(JSON)',
    ],
    [
      'a term without its English',
      { 'glossary/terms.json': fixture('glossary/terms-no-english.json') },
      'content/glossary/terms.json',
      '0.en',
    ],
    [
      'a synonyms file that is not valid JSON',
      { 'glossary/synonyms.json': fixture('glossary/synonyms-broken.json') },
      'content/glossary/synonyms.json',
      '(JSON)',
    ],
    [
      'a search vocabulary entry without its English words',
      { 'glossary/synonyms.json': fixture('glossary/synonyms-no-english.json') },
      'content/glossary/synonyms.json',
      '1.site.en',
    ],
    [
      'a search vocabulary page the site does not have',
      { 'glossary/synonyms.json': fixture('glossary/synonyms-unknown-page.json') },
      'content/glossary/synonyms.json',
      '0.pages.0',
    ],
    [
      'a count of court cases that is not a whole number',
      { 'court-cases/2023.json': fixture('court-cases/count-not-whole.json') },
      'content/court-cases/2023.json',
      'accepted',
    ],
    [
      'a count of court cases that the quoted source does not say',
      { 'court-cases/2023.json': fixture('court-cases/figure-not-in-quote.json') },
      'content/court-cases/2023.json',
      'concluded',
    ],
    [
      'court cases citing a progress record that does not exist',
      { 'court-cases/2023.json': fixture('court-cases/unknown-record.json') },
      'content/court-cases/2023.json',
      'record',
    ],
    [
      'court cases quoting words their progress record does not quote',
      { 'court-cases/2023.json': fixture('court-cases/quote-not-in-record.json') },
      'content/court-cases/2023.json',
      'quote',
    ],
    [
      "a body's standing quoting words its clause does not have",
      { 'services/zh/bad.md': fixture('services/plan-words-not-in-clause.md'), 'services/en/bad.md': SERVICE_EN_STUB },
      'content/services/zh/bad.md',
      'standing.planWords',
    ],
    [
      'a proposed body that sends readers to another proposal',
      { 'services/zh/bad.md': fixture('services/go-now-to-a-proposal.md'), 'services/en/bad.md': SERVICE_EN_STUB },
      'content/services/zh/bad.md',
      'standing.goNow',
    ],
  ])('fails on %s, naming the file and the field', (_name, files, file, field) => {
    const problems = checkWith(files as Record<string, string>);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toContain(`${file} ${field}`);
    expect(problems.every((p) => p.message.includes(' / '))).toBe(true); // Chinese and English side by side
  });

  it.each([
    'progress/zh/2026-01-01-测试.md',
    'progress/zh/2026-01-02-x.MD',
    'pages/zh/help.markdown',
    'glossary/extra.json',
    'notes/draft.md',
  ])('names a content file it cannot place (%s) instead of skipping it', (path) => {
    const problems = checkWith({ [path]: '---\ntitle: x\n---\n' });
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([`content/${path} (file name)`]);
  });

  it('reports a missing glossary file by name', () => {
    const problems = checkContent(real.filter((f) => f.path !== 'glossary/terms.json'));
    expect(problems.map((p) => p.file)).toEqual(['content/glossary/terms.json']);
  });

  it('does not repeat a schema problem as a second, empty cross-file problem', () => {
    const problems = checkWith({ 'targets/bad.json': fixture('targets/no-clause.json') });
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/targets/bad.json clause']);
  });

  describe('responsible units', () => {
    const unitsText = real.find((f) => f.path === 'glossary/units.json')!.text;
    const units = JSON.parse(unitsText) as Array<{ id: string; zh: string; en: string }>;
    const withUnits = (change: (u: { id: string; zh: string; en: string }) => void) => {
      const edited = structuredClone(units);
      change(edited[0]);
      return checkWith({ 'glossary/units.json': JSON.stringify(edited, null, 2) });
    };

    it('reports every English clause that no longer spells a unit as the glossary does, with file and line', () => {
      const problems = withUnits((u) => (u.en = `${u.en} (renamed)`));
      const named = real
        .filter((f) => f.path.startsWith('plan/en/'))
        .filter((f) => f.text.includes(units[0].en)).length;
      expect(problems.length).toBeGreaterThan(0);
      expect(new Set(problems.map((p) => p.file)).size).toBe(named);
      expect(problems.every((p) => p.file.startsWith('content/plan/en/') && /^line \d+ \(clause /.test(p.field))).toBe(
        true,
      );
      expect(problems[0].message).toContain(`${units[0].en} (renamed)`);
    });

    it('reports a unit the plan names that the glossary lacks, on the glossary file', () => {
      const problems = withUnits((u) => (u.zh = `${u.zh}(改)`));
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.file === 'content/glossary/units.json' && p.field === `"${units[0].zh}"`)).toBe(
        true,
      );
    });
  });
});
