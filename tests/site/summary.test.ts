// The one-page summary (/plan/summary/) and the plan's text download, as built: counts come from content/.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';
import { compactText, fileForUrl, page } from '../support/dist.ts';
import { formatGoal, formatTargetValue } from '../../src/lib/targets/format.ts';
import { localePath } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';

const targets = readdirSync('content/targets')
  .map((file) => ({ id: file.replace(/\.json$/, ''), ...JSON.parse(readFileSync(`content/targets/${file}`, 'utf8')) }))
  .filter((t) => t.kind === 'quantitative') as Array<
  { id: string; clause: string; name: { zh: string; en: string } } & Parameters<typeof formatGoal>[0]
>;
const zhClauses = loadPlanFiles('zh').flatMap((f) => f.clauses);
const areas = zhClauses.filter((c) => c.kind === 'area');
const phases = zhClauses.filter((c) => c.kind === 'phase');

describe.each([
  ['/plan/summary/', 'zh', '/plan/'],
  ['/en/plan/summary/', 'en', '/en/plan/'],
] as const)('%s', (url, lang, planUrl) => {
  const doc = page(url);
  const main = doc.querySelector('main')!;

  it("lists every quantitative target once, by name, linking to the target's own page", () => {
    const rows = main.querySelectorAll('[data-target]');
    expect(rows.map((r) => r.getAttribute('data-target')).sort()).toEqual(targets.map((t) => t.id).sort());
    for (const t of targets) {
      const link = main.querySelector(`[data-target="${t.id}"] a`)!;
      expect(link.getAttribute('href'), t.id).toBe(localePath(lang, `/targets/${t.id}/`));
      // NFKC: Chinese pages show full-width punctuation (GB/T 15834); names are typed half-width.
      expect(link.textContent.normalize('NFKC'), t.id).toBe(t.name[lang].normalize('NFKC'));
    }
  });

  it('says each value is a target, in the words the target pages use', () => {
    const tr = useTranslations(lang);
    for (const t of targets) {
      const value = main.querySelector(`[data-target="${t.id}"] .summary-value`)!.textContent.trim();
      const goal = formatGoal(t, lang, { inSentence: true });
      expect(value.normalize('NFKC'), t.id).toBe(tr('summary.goal').replace('{goal}', goal).normalize('NFKC'));
      expect(value, t.id).toContain(formatTargetValue(t.value, t.unit, lang));
    }
  });

  it('gives every target a status in words', () => {
    const missing = targets.filter((t) => !main.querySelector(`[data-target="${t.id}"] .tag`)?.textContent.trim());
    expect(missing.map((t) => t.id)).toEqual([]);
  });

  it("shows the plan's aim and every task area and phase, each linking to its clause", () => {
    for (const id of ['goal-overall', ...areas.map((a) => a.id), ...phases.map((p) => p.id)]) {
      expect(main.querySelector(`a[href="${planUrl}#${id}"]`), id).not.toBeNull();
    }
  });

  it('links the aim with a short phrase, not the whole paragraph', () => {
    const aim = main.querySelector('.summary-aim')!;
    const link = aim.querySelector(`a[href="${planUrl}#goal-overall"]`)!;
    const paragraph = aim.querySelector('p')!.textContent.trim();
    expect(link.textContent.trim().length).toBeLessThan(paragraph.length / 3);
    expect(aim.querySelector('p')!.querySelector('a'), 'a link over the aim itself').toBeNull();
  });

  it('dates the timetable as of the day the page was generated, never "today"', () => {
    const timetable = main.querySelector('.summary-timetable')!;
    const built = page(url).querySelector('[data-print-header] time')!.getAttribute('datetime');
    expect(timetable.querySelector(`time[datetime="${built}"]`), 'the generated date').not.toBeNull();
    expect(timetable.textContent).not.toMatch(/今天|\btoday\b/i);
  });

  it('keeps every timetable label inside the drawing (none centred on either edge)', () => {
    const edge = main
      .querySelectorAll('.summary-timetable svg text')
      .filter((label) => {
        const x = parseFloat(label.getAttribute('x')!);
        const anchor = label.getAttribute('text-anchor');
        return (x > 95 && anchor !== 'end') || (x < 5 && anchor !== 'start');
      })
      .map((label) => label.textContent);
    expect(edge).toEqual([]);
  });

  it("counts each task area's measures from the plan text", () => {
    const shown = main.querySelectorAll('.task-bar span').map((s) => Number(s.textContent.replace(/\D/g, '')));
    const counted = areas.map(
      (a) => zhClauses.filter((c) => c.kind === 'measure' && c.id.startsWith(`${a.id}-`)).length,
    );
    expect(shown).toEqual(counted);
  });

  it('draws one square per measure, not a bar scaled like progress, and says what a square is', () => {
    const squares = main.querySelectorAll('.task-bar svg').map((svg) => svg.querySelectorAll('rect').length);
    const counted = main.querySelectorAll('.task-bar span').map((s) => Number(s.textContent.replace(/\D/g, '')));
    expect(squares).toEqual(counted);
    expect(main.querySelector('.task-key')).not.toBeNull();
  });

  it('draws its graphics as SVG in the page, with no script', () => {
    expect(main.querySelectorAll('svg').length).toBeGreaterThanOrEqual(areas.length + 1);
    expect(main.querySelectorAll('script')).toHaveLength(0);
  });
});

describe('the plan text download', () => {
  const href = page('/plan/').querySelector('a[download]')!.getAttribute('href')!;

  it('is linked from /plan/ in both languages', () => {
    expect(page('/en/plan/').querySelector(`a[download][href="${href}"]`)).not.toBeNull();
  });

  // Compared after width normalisation (NFKC): /plan/ may set full-width punctuation where the seed has ASCII.
  it('holds the Chinese text of /plan/ with where it comes from', () => {
    const text = readFileSync(fileForUrl(href), 'utf8').normalize('NFKC');
    expect(text).toMatch(
      /^\uFEFF《常州市国家知识产权强市建设试点城市工作方案\(2022-2025年\)》\n发文机关:常州市人民政府\n成文日期:2022年9月15日/,
    );
    const planText = compactText(page('/plan/').querySelector('main')!).normalize('NFKC');
    const body = text
      .split(/={10,}\n/)[1]
      .split('\n')
      .filter(Boolean);
    expect(body.filter((line) => !planText.includes(line.replace(/\s+/g, '').normalize('NFKC')))).toEqual([]);
  });
});
