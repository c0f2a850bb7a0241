// Targets on the built site: every target in both languages and in the open data, with the same numbers.
// (Which pages draw a chart, and that national references stay off it, is in trust.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';
import { formatTargetValue, type TargetUnit } from '../../src/lib/targets/format.ts';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';
import { extractResponsibleUnits } from '../../src/lib/plan/responsibleUnits.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { asShownIn } from '../../src/i18n/converters.ts';
import { LOCALES, contentLang, localePath } from '../../src/i18n/locales.ts';
import { formatAsOf } from '../../src/lib/targets/format.ts';
import type { TargetStatus } from '../../src/lib/targets/status.ts';

interface OpenTarget {
  id: string;
  kind: string;
  target_value: number | null;
  unit: TargetUnit | null;
  plan_wording_zh: string;
  figures: Array<{ sources: unknown[] }>;
  clause: string;
  status: string;
}
const json = JSON.parse(readFileSync('dist/data/targets.json', 'utf8')) as { targets: OpenTarget[] };
const targetFiles = readFileSync('dist/data/targets.csv', 'utf8');
const quantitative = json.targets.filter((t) => t.kind === 'quantitative');

describe('open data', () => {
  it('holds every target file of content/targets, the quantitative ones marked so', () => {
    const files = readdirSync('content/targets').filter((f) => f.endsWith('.json'));
    expect(json.targets.map((t) => `${t.id}.json`).sort()).toEqual(files.sort());
    const quantitativeFiles = files.filter(
      (f) => JSON.parse(readFileSync(`content/targets/${f}`, 'utf8')).kind === 'quantitative',
    );
    expect(quantitative).toHaveLength(quantitativeFiles.length);
  });

  it('CSV starts with a byte-order mark and has a row for every target', () => {
    expect(targetFiles.charCodeAt(0)).toBe(0xfeff);
    for (const target of json.targets) expect(targetFiles).toContain(`\r\n${target.id},`);
  });

  it('CSV and JSON give the same target values', () => {
    const rows = targetFiles.slice(1).split('\r\n').filter(Boolean).slice(1);
    for (const target of quantitative) {
      const row = rows.find((r) => r.startsWith(`${target.id},`))!;
      expect(row).toContain(`,${target.target_value},${target.unit},`);
    }
  });

  it('is one click from the targets overview, in every language', () => {
    for (const lang of LOCALES) {
      const link = page(localePath(lang, '/targets/', '')).querySelector('a[data-all-targets-csv]');
      expect(link?.getAttribute('href'), lang).toBe('/data/targets.csv');
      expect(link?.hasAttribute('download'), lang).toBe(true);
    }
  });

  it('gives every published figure at least one source', () => {
    expect(json.targets.flatMap((t) => t.figures).filter((f) => f.sources.length === 0)).toEqual([]);
  });
});

describe.each([
  ['zh', ''],
  ['en', '/en'],
] as const)('targets pages (%s)', (lang, prefix) => {
  it('list every target with the value the plan gives, and link to its page', () => {
    const list = page(`${prefix}/targets/`);
    for (const target of quantitative) {
      expect(list.querySelector(`a[href="${prefix}/targets/${target.id}/"]`), target.id).not.toBeNull();
      expect(list.textContent).toContain(formatTargetValue(target.target_value!, target.unit!, lang));
    }
  });

  it.each(json.targets.map((t) => [t.id, t]))(
    '%s page shows the same target value as the open data and links to its clause',
    (id, target) => {
      const doc = page(`${prefix}/targets/${id}/`);
      if (target.target_value !== null)
        expect(doc.querySelector('main')!.textContent).toContain(
          formatTargetValue(target.target_value, target.unit!, lang),
        );
      expect(doc.querySelector(`a[href="${prefix}/plan/#${target.clause}"]`)).not.toBeNull();
    },
  );

  it('says plainly that no figure has been published where there is none', () => {
    for (const target of json.targets.filter((t) => t.figures.length === 0)) {
      expect(page(`${prefix}/targets/${target.id}/`).querySelector('main')!.textContent, target.id).toMatch(
        /暂无公开数据|No official figure published yet|No published data/,
      );
    }
  });
});

describe('the plan quotes each target verbatim', () => {
  // NFKC: the page shows the plan's punctuation full-width (GB/T 15834); the open data keeps the file's text.
  it.each(json.targets.map((t) => [t.id, t.plan_wording_zh]))('%s', (_id, wording) => {
    expect(page('/plan/').querySelector('main')!.textContent.normalize('NFKC')).toContain(
      String(wording).normalize('NFKC'),
    );
  });
});

// Where Changzhou has published no figure, the page says who is responsible for the work under the plan, as the
// clause's 责任单位 lists them (the goals of Part III list none), and links each to the units page.
const clauseText = new Map(loadPlanFiles('zh').flatMap((f) => f.clauses.map((c) => [c.id, c.text] as const)));

describe('targets without a figure', () => {
  it.each(['', '/en'])('name the units responsible for their clause (%s)', (prefix) => {
    let named = 0;
    for (const target of json.targets) {
      const box = page(`${prefix}/targets/${target.id}/`).querySelector('[data-target-empty]');
      if (!box) continue;
      const units = extractResponsibleUnits(clauseText.get(target.clause) ?? '');
      const links = box.querySelectorAll(`a[href^="${prefix}/plan/units/#unit-"]`);
      expect(links, target.id).toHaveLength(units.length);
      if (units.length) named += 1;
    }
    expect(named, 'at least one target clause lists its units').toBeGreaterThan(0);
  });
});

// A target page states its target once, in the particulars a reader meets first: the box for a figure not yet
// published repeated it (a designer's review).
describe('a target page states its target once', () => {
  it.each(LOCALES)('%s: one row names the target, in the particulars at the top', (lang) => {
    const label = asShownIn(lang)(useTranslations(lang)('targets.target'));
    for (const target of quantitative) {
      const main = page(localePath(lang, `/targets/${target.id}/`)).querySelector('main')!;
      const rows = main.querySelectorAll('dt').filter((dt) => dt.textContent.trim() === label);
      expect(rows, target.id).toHaveLength(1);
      expect(rows[0].closest('[data-target-empty]'), target.id).toBeNull();
    }
  });
});

// Where to look for what is missing (a journalist: "no path forward"): right under the line that says a figure is
// missing, a link to the progress item on the city's white paper, where Changzhou has reported on IP in the city.
describe('targets without a figure say where the city has reported on IP', () => {
  it.each(LOCALES)("%s: every such target page and the list link to the white paper's progress item", (lang) => {
    const boxes = json.targets
      .map((target) => page(localePath(lang, `/targets/${target.id}/`)).querySelector('[data-target-empty]'))
      .filter((box) => box !== null);
    expect(boxes.length).toBe(json.targets.filter((t) => t.status === 'no-data' && t.figures.length === 0).length);
    // Under the missing line, after at most the line saying when the figures were last looked for.
    const list = page(localePath(lang, '/targets/')).querySelector(
      ':is([data-no-data-meaning], [data-no-data-meaning] + [data-last-checked]) + [data-where-to-look]',
    );
    const lines = [
      ...boxes.map((box) => box.querySelector(':scope > :is(h2, h2 + [data-last-checked]) + [data-where-to-look]')),
      ...(boxes.length ? [list] : []),
    ];
    for (const line of lines) {
      const link = line?.querySelector('a');
      const href = link?.getAttribute('href') ?? '';
      expect(href.startsWith(localePath(lang, '/progress/')), href).toBe(true);
      // The item it opens is the one its words name, and it is about the city's white paper.
      expect(page(href).querySelector('h1')?.textContent.trim()).toBe(link!.textContent.trim());
      const slug = href.split('/').filter(Boolean).at(-1);
      expect(readFileSync(`content/progress/zh/${slug}.md`, 'utf8')).toContain('白皮书');
    }
  });
});

// "暂无公开数据" with its age (a journalist citing it: "as of when?"): when the figures were last looked for and what
// was searched, as each target's content records it, on its page, on the list and in the downloads.
describe('targets without a figure say when it was last looked for, and where', () => {
  const recorded = new Map(
    json.targets.map((target) => {
      const file = JSON.parse(readFileSync(`content/targets/${target.id}.json`, 'utf8')) as {
        checked?: { date: string; sources: Array<Record<string, string>> };
      };
      return [target.id, file.checked];
    }),
  );
  const waiting = json.targets.filter((target) => target.status === 'no-data' && recorded.get(target.id));
  it('is recorded for some targets', () => {
    expect(waiting.length).toBeGreaterThan(0);
  });
  it.each(LOCALES)(
    '%s: each such page says the day and every source searched, right under the missing line',
    (lang) => {
      for (const target of waiting) {
        const check = recorded.get(target.id)!;
        const line = page(localePath(lang, `/targets/${target.id}/`)).querySelector(
          '[data-target-empty] > h2 + [data-last-checked]',
        );
        expect(line?.getAttribute('data-last-checked'), target.id).toBe(check.date);
        expect(line?.textContent, target.id).toContain(formatAsOf(check.date, lang));
        for (const source of check.sources)
          expect(line?.textContent, target.id).toContain(asShownIn(lang)(source[contentLang(lang)]));
      }
    },
  );
  it.each(LOCALES)(
    '%s: the list says the day once when every target records the same one, else each card does',
    (lang) => {
      const list = page(localePath(lang, '/targets/'));
      const days = new Set(waiting.map((target) => recorded.get(target.id)!.date));
      // Said once, with what "no published data" means, below the lists (the first target stays on a phone's
      // first screen); each target's own page says it too.
      const summary = list.querySelector('section[aria-labelledby="status-rule"] [data-last-checked]');
      const cards = list.querySelectorAll('.target-card').length;
      const cardDays = [...list.querySelectorAll('.target-card')].filter((card) =>
        [...days].some((day) => card.textContent.includes(formatAsOf(day, lang))),
      ).length;
      if (days.size === 1 && waiting.length === json.targets.filter((t) => t.status === 'no-data').length) {
        expect(summary?.getAttribute('data-last-checked')).toBe([...days][0]);
        expect(cardDays).toBe(0);
      } else {
        expect(summary).toBeNull();
        expect(cardDays).toBe(waiting.length);
      }
      expect(cards).toBe(json.targets.length);
    },
  );
  it('the CSV and JSON carry the day of each target, as recorded', () => {
    const [header, ...rows] = targetFiles.slice(1).split('\r\n').filter(Boolean);
    const column = header.split(',').indexOf('checked_date');
    expect(column).toBeGreaterThan(-1);
    for (const target of json.targets) {
      const day = recorded.get(target.id)?.date ?? null;
      expect((target as unknown as { checked_date: string | null }).checked_date, target.id).toBe(day);
      // The day is the first cell after the status; the ids and statuses hold no comma.
      const row = rows.find((r) => r.startsWith(`${target.id},`))!;
      expect(row, target.id).toContain(`,${target.status},${day ?? ''},`);
    }
  });
});

// A target with no number to reach has no figure to wait for: its box speaks of progress (readers' review: "once
// Changzhou publishes this figure" under a commitment such as full coverage of a standard).
describe('the box of a target without data fits its kind', () => {
  it.each([
    ['zh', ''],
    ['zh-hant', '/zh-hant'],
    ['en', '/en'],
  ] as const)('%s', (lang, prefix) => {
    const t = useTranslations(lang);
    const shown = asShownIn(lang);
    let boxes = 0;
    for (const target of json.targets) {
      const box = page(`${prefix}/targets/${target.id}/`).querySelector('[data-target-empty]');
      if (!box) continue;
      boxes += 1;
      const keys =
        target.kind === 'quantitative'
          ? (['targets.emptyTitle', 'targets.emptyMeasures', 'targets.emptyWhere', 'targets.emptyWhereText'] as const)
          : ([
              'targets.emptyTitleQualitative',
              'targets.emptyCommitment',
              'targets.emptyWhereQualitative',
              'targets.emptyWhereTextQualitative',
            ] as const);
      for (const key of keys) expect(box.textContent, `${target.id}: ${key}`).toContain(shown(t(key)));
      if (target.kind !== 'quantitative')
        expect(box.textContent, target.id).not.toContain(shown(t('targets.emptyWhereText')));
    }
    const waiting = json.targets.filter((target) => target.status === 'no-data' && target.figures.length === 0);
    expect(boxes).toBe(waiting.length);
  });
});

describe('"no published data" is not read as "missed"', () => {
  const noData = json.targets.some((target) => target.status === 'no-data');
  it.each([
    ['zh', ''],
    ['en', '/en'],
  ] as const)('the targets page and the printable summary say so while a target has no data (%s)', (lang, prefix) => {
    const said = useTranslations(lang)('status.noDataMeaning');
    for (const path of ['/targets/', '/plan/summary/']) {
      const line = page(`${prefix}${path}`).querySelector('[data-no-data-meaning]');
      if (noData) expect(line?.textContent.trim(), path).toBe(said);
      else expect(line, path).toBeNull();
    }
  });
});

describe('a status shared by every target is a tag once, in the summary, not on every card', () => {
  it.each(LOCALES)('%s: each card says its status in words; tags only where statuses differ', (lang) => {
    const t = useTranslations(lang);
    const list = page(localePath(lang, '/targets/'));
    const cards = list.querySelectorAll('.target-card');
    expect(cards).toHaveLength(json.targets.length);
    const statuses = new Set(cards.map((card) => card.querySelector('[data-status]')!.getAttribute('data-status')));
    for (const card of cards) {
      const status = card.querySelector('[data-status]')!;
      expect(status.textContent).toContain(
        asShownIn(lang)(t(`status.${status.getAttribute('data-status') as TargetStatus}`)),
      );
      // The status's own tag: a cross-border label beside it is no status (see below).
      expect(
        status.querySelector('.tag:not([data-cross-border])') === null,
        card.querySelector('h3')!.textContent,
      ).toBe(statuses.size === 1);
    }
  });
});

// A foreign investor or an exporter looks for the targets about IP abroad (readers' review): those whose content
// file says crossBorder carry a 涉外 / Cross-border label on their card and page, and /targets/ lists them at
// #cross-border, where the guides for those readers link.
const crossBorderIds = readdirSync('content/targets')
  .filter((f) => JSON.parse(readFileSync(`content/targets/${f}`, 'utf8')).crossBorder === true)
  .map((f) => f.replace(/\.json$/, ''));

describe('cross-border targets', () => {
  it('are some of the targets, not none and not all', () => {
    expect(crossBorderIds.length).toBeGreaterThan(0);
    expect(crossBorderIds.length).toBeLessThan(json.targets.length);
  });

  it.each(LOCALES)(
    '%s: /targets/ lists exactly them, by name, linked from the top, each linking to its page',
    (lang) => {
      const list = page(localePath(lang, '/targets/'));
      const section = list.querySelector('#cross-border')!.closest('section')!;
      expect(section.querySelector('h2')!.textContent.trim()).toBe(
        asShownIn(lang)(useTranslations(lang)('targets.crossBorderTitle')),
      );
      const links = section.querySelectorAll('li a').map((a) => a.getAttribute('href'));
      expect(links.toSorted()).toEqual(crossBorderIds.map((id) => localePath(lang, `/targets/${id}/`)).toSorted());
      // The list follows the groups (the first target must be on a phone's first screen); the overview at the top,
      // before the first card, links to it.
      const html = list.querySelector('main')!.innerHTML;
      expect(list.querySelector('[data-target-summary] a[href="#cross-border"]')).not.toBeNull();
      expect(html.indexOf('data-target-summary')).toBeLessThan(html.indexOf('class="target-card'));
    },
  );

  it.each(LOCALES)('%s: their cards and pages carry the label beside the status, and no other target does', (lang) => {
    const label = asShownIn(lang)(useTranslations(lang)('targets.crossBorder'));
    const cards = page(localePath(lang, '/targets/')).querySelectorAll('.target-card');
    for (const target of json.targets) {
      const marked = crossBorderIds.includes(target.id);
      const card = cards.find((c) => c.querySelector(`h3 a[href="${localePath(lang, `/targets/${target.id}/`)}"]`))!;
      const onCard = card.querySelector('[data-status] [data-cross-border]');
      const onPage = page(localePath(lang, `/targets/${target.id}/`)).querySelector('main h1 + p [data-cross-border]');
      for (const tag of [onCard, onPage]) {
        if (marked) expect(tag?.textContent.trim(), target.id).toBe(label);
        else expect(tag, target.id).toBeNull();
      }
    }
  });

  it.each(LOCALES)('%s: the overseas guide and the guide for foreign companies link to the list', (lang) => {
    for (const guide of ['/overseas/', '/foreign-companies/'])
      expect(
        page(localePath(lang, guide)).querySelector(`main a[href="${localePath(lang, '/targets/')}#cross-border"]`),
        guide,
      ).not.toBeNull();
  });
});
