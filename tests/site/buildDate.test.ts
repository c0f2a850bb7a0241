// The build date (SOURCE_DATE_EPOCH, after the plan's end in npm test's main build) alone decides how the
// plan's validity and the timetable read; tests/base/ checks the same pages built before the end.
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { PLAN_PERIOD } from '../../src/lib/plan/facts.ts';
import { readFileSync } from 'node:fs';
import { LOCALES, localePath } from '../../src/i18n/locales.ts';
import { asShownIn } from '../../src/i18n/converters.ts';

// The strings as pages show them: the plan's dates filled in, Chinese with full-width punctuation (GB/T 15834).
const zh = useTranslations('zh');
const en = useTranslations('en');

describe('a build dated after the plan period', () => {
  it('marks the plan as ended in both languages', () => {
    expect(page('/plan/').querySelector('.validity')?.textContent).toContain(zh('validity.ended'));
    expect(page('/en/plan/').querySelector('.validity')?.textContent).toContain(en('validity.ended'));
  });

  it('says on /targets/ that every deadline has passed, which holds for every target in the data', () => {
    expect(page('/targets/').querySelector('[data-period-ended]')?.textContent).toBe(zh('targets.periodEnded'));
    expect(page('/en/targets/').querySelector('[data-period-ended]')?.textContent).toBe(en('targets.periodEnded'));
    const { targets } = JSON.parse(readFileSync('dist/data/targets.json', 'utf8')) as {
      targets: Array<{ deadline: string }>;
    };
    for (const { deadline } of targets) expect(deadline <= PLAN_PERIOD.end).toBe(true);
  });

  it('says what the end means for the reader where it says the plan has ended: the plan is not a law', () => {
    for (const [t, prefix] of [
      [zh, ''],
      [en, '/en'],
    ] as const) {
      for (const path of ['/', '/plan/'])
        expect(page(`${prefix}${path}`).querySelector('#validity [data-validity-meaning]')?.textContent, path).toBe(
          t('validity.meaning'),
        );
      // The retelling of the plan says so near its top, linking to the notice.
      const explained = page(`${prefix}/plan/explained/`);
      const brief = explained.querySelector('article [data-validity-brief]')!;
      expect(brief.textContent).toContain(t('validity.endedShort'));
      expect(brief.querySelector(`a[href="${prefix}/plan/#validity"]`)).not.toBeNull();
      expect(explained.querySelector('article h2')!.range[0]).toBeGreaterThan(brief.range[0]);
    }
  });

  // Read on a phone or on paper, the one-page summary was taken for a plan in force (readers' review): it says so
  // right under its title, before the plan's long title, in every language, and on paper what the end means.
  it('says on the one-page summary, right under its title, that the period has ended', () => {
    for (const lang of LOCALES) {
      const t = useTranslations(lang);
      const shown = asShownIn(lang);
      const prefix = localePath(lang, '/').replace(/\/$/, '');
      const summary = page(`${prefix}/plan/summary/`).querySelector('article.summary')!;
      const brief = summary.querySelector('[data-validity-brief]')!;
      expect(brief, lang).not.toBeNull();
      expect(brief.previousElementSibling?.tagName, lang).toBe('H1');
      expect(brief.textContent, lang).toContain(shown(t('validity.endedShort')));
      expect(brief.querySelector(`a[href="${prefix}/plan/#validity"]`), lang).not.toBeNull();
      expect(brief.querySelector('.print-only[data-validity-meaning]')?.textContent.trim(), lang).toBe(
        shown(t('validity.meaning')),
      );
    }
  });

  it('says on the timetable that all phases are over', () => {
    expect(page('/plan/timeline/').textContent).toContain(zh('timeline.afterEnd'));
    expect(page('/en/plan/timeline/').textContent).toContain(en('timeline.afterEnd'));
  });
});
