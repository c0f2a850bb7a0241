// A first filing in the Taiwan region or the Hong Kong SAR: the planner's mainland step follows CNIPA's own
// provisions (the foreign-companies guide's section #taiwan-hong-kong-macau), not the foreign-priority rule.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFiling } from '../../src/lib/overseas/planner.ts';
import { firstFilingRegion, REGION_PLACES, type PlanInput } from '../../src/lib/overseas/planInput.ts';
import { PATENT_AGENCY_FINDER, regionRouteRules } from '../../src/lib/overseas/regionRoutes.ts';
import { DICTIONARIES } from '../../src/i18n/dictionaries.ts';
import { addMonths, PARIS_PRIORITY_MONTHS } from '../../src/lib/overseas/deadlines.ts';
import { regionRules, REGION_RULES_SECTION } from '../../src/lib/overseas/regionRules.ts';
import { CONTENT_LANGS } from '../../src/i18n/locales.ts';

const ids = (steps: ReturnType<typeof planFiling>) => steps.map((s) => s.id);
const guideFile = (lang: string) => `content/pages/${lang}/foreign-companies.md`;
const guide = (lang: string) => readFileSync(guideFile(lang), 'utf8');

describe('planFiling after a first filing in the Taiwan region or the Hong Kong SAR', () => {
  const base = { firstFiling: '2026-03-02', today: '2026-03-10', madeInChina: 'no' } as const;

  it('dates the mainland filing of a Taiwan-region invention first filed on 2 March 2026 to 2 March 2027', () => {
    const steps = planFiling({ ...base, right: 'invention', firstFilingPlace: 'taiwan' });
    expect(steps.map((s) => [s.id, s.due])).toEqual([['china-filing-taiwan', '2027-03-02']]);
  });

  it('dates the mainland filing of a Hong Kong SAR invention first filed on 2 March 2026 to 2 March 2027', () => {
    const steps = planFiling({ ...base, right: 'invention', firstFilingPlace: 'hong-kong' });
    expect(steps.map((s) => [s.id, s.due])).toEqual([['china-filing-hong-kong', '2027-03-02']]);
  });

  it('counts 12 months for an invention or utility model and 6 for a design, with no 16-month copy date', () => {
    for (const place of REGION_PLACES)
      for (const right of ['invention', 'utility-model', 'design'] as const) {
        const steps = planFiling({ ...base, right, firstFilingPlace: place });
        const step = steps.find((s) => s.id === `china-filing-${place}`);
        expect(step?.due, `${place} ${right}`).toBe(addMonths(base.firstFiling, PARIS_PRIORITY_MONTHS[right]));
        // Neither the foreign-priority step nor its 16-month copy, nor routes the sources say nothing about.
        for (const id of ['china-filing', 'china-copy', 'paris', 'pct-filing', 'pct-national-30', 'hague'] as const)
          expect(ids(steps), `${place} ${right}`).not.toContain(id);
      }
  });

  it('lists the mainland step whatever route the reader chose', () => {
    for (const route of ['pct', 'paris'] as const)
      expect(ids(planFiling({ ...base, right: 'invention', firstFilingPlace: 'taiwan', route }))).toEqual([
        'china-filing-taiwan',
      ]);
  });

  it('offers no restoration once the period has passed: the provisions have none', () => {
    const [step] = planFiling({ ...base, right: 'invention', firstFilingPlace: 'taiwan', today: '2027-03-10' });
    expect(step).toMatchObject({ id: 'china-filing-taiwan', passed: true });
    expect(step!.remedy).toBeUndefined();
  });

  it('keeps the confidentiality warning for an invention completed in China: CNIPA was not the first office', () => {
    const input: PlanInput = { ...base, right: 'invention', firstFilingPlace: 'taiwan', madeInChina: 'yes' };
    const [first] = planFiling(input);
    expect(first).toMatchObject({ id: 'confidentiality', filedAbroadFirst: true });
  });
});

describe('why the checklist holds the mainland step alone after a Taiwan-region or Hong Kong SAR first filing', () => {
  const base = { firstFiling: '2026-03-02', today: '2026-03-10', madeInChina: 'no' } as const;

  it('names the region whenever the plan is the mainland step alone, whatever route the reader chose', () => {
    for (const place of REGION_PLACES)
      for (const right of ['invention', 'utility-model', 'design'] as const)
        for (const route of [undefined, 'paris', right === 'design' ? 'hague' : 'pct'] as const) {
          const input: PlanInput = { ...base, right, route, firstFilingPlace: place };
          expect(firstFilingRegion(input), `${place} ${right} ${route}`).toBe(place);
          expect(ids(planFiling(input)), `${place} ${right} ${route}`).toEqual([`china-filing-${place}`]);
        }
  });

  it('names none after a first filing with CNIPA or abroad, or a PCT first filing, whose routes are all listed', () => {
    expect(firstFilingRegion({ ...base, right: 'invention', firstFilingPlace: 'abroad' })).toBeUndefined();
    expect(firstFilingRegion({ ...base, right: 'invention', firstFilingPlace: 'china' })).toBeUndefined();
    expect(
      firstFilingRegion({ ...base, right: 'invention', firstFilingPlace: 'taiwan', firstFilingKind: 'pct' }),
    ).toBeUndefined();
    expect(firstFilingRegion({ ...base, right: 'trademark' })).toBeUndefined();
  });

  it('gives the PCT’s rules for inventions and utility models and the Hague system’s for designs', () => {
    expect(regionRouteRules('invention')).toBe('pct');
    expect(regionRouteRules('utility-model')).toBe('pct');
    expect(regionRouteRules('design')).toBe('hague');
  });

  it('cites who may file a PCT application in every language: Article 9(1) and Rules 18.1 and 18.3', () => {
    for (const [lang, words] of Object.entries(DICTIONARIES)) {
      expect(words['planner.regionPct'], lang).toMatch(/9/);
      expect(words['planner.regionPct'], lang).toMatch(/18\.1/);
      expect(words['planner.regionPct'], lang).toMatch(/18\.3/);
      expect(words['planner.regionPctList.hong-kong'], lang).toMatch(/1997/);
    }
  });

  it('links the same agency finder as the foreign-companies guide', () => {
    for (const lang of CONTENT_LANGS) expect(guide(lang), lang).toContain(`](${PATENT_AGENCY_FINDER})`);
  });
});

describe('regionRules', () => {
  it('gives the guide’s own sentences in every content language: the rule, its citation and the agency rule', () => {
    for (const lang of CONTENT_LANGS) {
      const rules = regionRules(guide(lang), guideFile(lang));
      const text = guide(lang).replace(/\*\*/g, '');
      for (const rule of Object.values(rules)) expect(text, lang).toContain(rule);
      // The copy is due within 3 months; the 16-month rule is the foreign one and not theirs.
      for (const place of REGION_PLACES) {
        expect(rules[place], `${lang} ${place}`).toMatch(/3\s?(个月|months)/);
        expect(rules[place], `${lang} ${place}`).not.toMatch(/16/);
      }
      expect(rules.taiwan, lang).toMatch(/2010/);
      expect(rules.agency, lang).toMatch(/2023/);
    }
  });

  it('names the file and the fix when the section is missing or its bullets change', () => {
    expect(() => regionRules('# Guide\n', 'x.md')).toThrow(/x\.md[\s\S]*taiwan-hong-kong-macau/);
    const short = `## Rules {#${REGION_RULES_SECTION}}\n\n- one\n- two\n\n## Next\n\n- three\n`;
    expect(() => regionRules(short, 'x.md')).toThrow(/x\.md[\s\S]*has 2 bullets[\s\S]*BULLET_AT/);
  });
});
