// The overseas guide in Chromium: the filing planner's checklist, its .ics file, the route chooser, and
// both with axe and at 320 px. The browser's clock is fixed per test, so no result depends on the real date.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { useBrowser } from '../support/chromium.ts';
import { planFiling } from '../../src/lib/overseas/planner.ts';
import { COUNTRY_COUNTS, RIGHT_KINDS, routesFor } from '../../src/lib/overseas/chooser.ts';
import type { RightKind } from '../../src/lib/overseas/deadlines.ts';

const { open, origin, browser } = useBrowser();

/** Opens a guide, fixes "today" in the page, and makes the checklist for a first filing. */
async function plan(
  path: string,
  { today, firstFiling, right, route = '' }: { today: string; firstFiling: string; right: RightKind; route?: string },
  options = {},
): Promise<Page> {
  const tab = await open(path, options);
  await tab.clock.setFixedTime(new Date(`${today}T10:00:00`));
  await tab.fill('#priority-date', firstFiling);
  await tab.selectOption('#right-kind', right);
  await tab.selectOption('#filing-route', route);
  await tab.click('[data-filing-planner] button[type="submit"]');
  await tab.locator('[data-planner-result]').waitFor();
  return tab;
}

const steps = (tab: Page) => tab.locator('[data-planner-steps] > li');

describe('filing planner', () => {
  it('lists every step of an invention in order, the confidentiality examination first, with days left', async () => {
    const input = { today: '2025-01-15', firstFiling: '2024-02-29', right: 'invention' as const };
    const expected = planFiling(input);
    const tab = await plan('/overseas/', input);
    expect(await steps(tab).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.step))).toEqual(
      expected.map((s) => s.id),
    );
    const first = steps(tab).first();
    expect(await first.textContent()).toContain('保密审查');
    expect(await first.textContent()).toContain('第十九条');
    for (const step of expected.filter((s) => s.due)) {
      const item = tab.locator(`[data-step="${step.id}"]`);
      expect(await item.locator('time').getAttribute('datetime')).toBe(step.due);
      expect(await item.textContent()).toContain(`还剩${step.daysLeft}天`);
    }
    expect(await tab.locator('[data-step="paris"] time').getAttribute('datetime')).toBe('2025-02-28');
    await tab.context().close();
  });

  it('marks a deadline that has passed and says what can still be done', async () => {
    const tab = await plan('/en/overseas/', {
      today: '2025-03-05',
      firstFiling: '2024-03-04',
      right: 'utility-model',
      route: 'pct',
    });
    const filing = tab.locator('[data-step="pct-filing"]');
    expect(await filing.getAttribute('data-passed')).toBe('true');
    expect(await filing.textContent()).toMatch(/Passed.*1 day ago/);
    expect(await filing.textContent()).toContain('What you can still do');
    expect(await filing.textContent()).toContain('Rule 26bis.3');
    expect(await filing.textContent()).toContain('The last day to ask is Sunday, 4 May 2025.');
    expect(await tab.locator('[data-step="pct-national-30"]').getAttribute('data-passed')).toBe('false');
    await tab.context().close();
  });

  it('gives each passed national-phase deadline its own outer limit for reinstatement', async () => {
    const input = {
      today: '2024-09-01',
      firstFiling: '2022-01-10',
      right: 'invention' as const,
      route: 'pct' as const,
    };
    const expected = planFiling(input);
    const tab = await plan('/en/overseas/', input);
    for (const id of ['pct-national-30', 'pct-national-31'] as const) {
      const until = expected.find((s) => s.id === id)!.remedy!.until;
      const label = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(
        new Date(`${until}T00:00:00Z`),
      );
      const text = await tab.locator(`[data-step="${id}"]`).textContent();
      expect(text, id).toContain(`At the latest by ${label}; usually sooner: within two months`);
      expect(text, id).toContain('Rule 49.6');
      expect(text, id).toContain('a date here is not a promise');
    }
    await tab.context().close();
  });

  it('offers restoring a passed Paris priority for an invention for two months, and never for a design', async () => {
    /** The Paris step of a plan made on the Chinese guide for a first filing on 2024-01-31. */
    const parisStep = async (today: string, right: RightKind) => {
      const tab = await plan('/overseas/', { today, firstFiling: '2024-01-31', right, route: 'paris' });
      const text = await tab.locator('[data-step="paris"]').textContent();
      await tab.context().close();
      return text;
    };
    const paris = await parisStep('2025-02-10', 'invention');
    expect(paris).toContain('恢复优先权');
    expect(paris).toContain('第三十六条');
    expect(paris).not.toContain('不能再要求这一优先权');
    const closed = await parisStep('2025-04-01', 'invention');
    expect(closed).toContain('不能再要求这一优先权');
    expect(closed).not.toContain('恢复优先权');
    const designParis = await parisStep('2024-08-10', 'design');
    expect(designParis).toContain('不能再要求这一优先权');
    expect(designParis).not.toContain('恢复优先权');
  });

  it('says by when to ask for the confidentiality examination', async () => {
    const input = { today: '2024-03-01', firstFiling: '2024-02-29', right: 'utility-model' as const };
    const tab = await plan('/en/overseas/', input);
    const [confidentiality] = planFiling(input);
    const label = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(
      new Date(`${confidentiality.askBy!.date}T00:00:00Z`),
    );
    expect(await tab.locator('[data-step="confidentiality"]').textContent()).toContain(`ask by ${label}`);
    await tab.context().close();
  });

  it('says the last day is today on the day itself', async () => {
    const tab = await plan('/en/overseas/', {
      today: '2025-09-15',
      firstFiling: '2025-03-15',
      right: 'trademark',
      route: 'madrid',
    });
    expect(await tab.locator('[data-step="madrid"]').textContent()).toContain('Today is the last day');
    await tab.context().close();
  });

  it('offers only the routes that can carry the chosen right', async () => {
    const tab = await open('/en/overseas/');
    for (const right of RIGHT_KINDS) {
      await tab.selectOption('#right-kind', right);
      const offered = await tab
        .locator('#filing-route option:not([disabled])')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(offered.sort(), right).toEqual(['', ...routesFor(right)].sort());
    }
    await tab.context().close();
  });

  it('downloads a valid .ics with one VEVENT and DTSTART per upcoming deadline', async () => {
    const tab = await plan(
      '/en/overseas/',
      { today: '2025-01-15', firstFiling: '2024-02-29', right: 'invention' },
      { acceptDownloads: true },
    );
    const upcoming = await tab
      .locator('[data-planner-steps] > li[data-due][data-passed="false"]')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.due!));
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('[data-planner-ics]')]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    // Read as a stream: the browser is shared over a connection (globalSetup.ts), so the file is not on a local path.
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const ics = Buffer.concat(chunks).toString('utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const events = ics.replace(/\r\n /g, '').split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(upcoming.length);
    events.forEach((event, i) => {
      expect(event).toContain(`DTSTART;VALUE=DATE:${upcoming[i].replaceAll('-', '')}\r\n`);
      expect(event).toMatch(/\r\nUID:[^\r\n]+@/);
      expect(event).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    });
    await tab.context().close();
  });

  it('has no axe violations with a checklist that has passed and upcoming deadlines', async () => {
    const tab = await plan('/overseas/', { today: '2025-06-01', firstFiling: '2024-03-10', right: 'invention' });
    expect(await axeViolations(tab)).toEqual([]);
    await tab.context().close();
  });

  it('fits 320 px with the checklist shown, in both languages', async () => {
    for (const path of ['/overseas/', '/en/overseas/']) {
      const tab = await plan(
        path,
        { today: '2025-06-01', firstFiling: '2024-03-10', right: 'invention' },
        { viewport: { width: 320, height: 800 } },
      );
      expect(
        await tab.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
        path,
      ).toBe(true);
      await tab.context().close();
    }
  });
});

describe('the guide under its Content Security Policy', () => {
  it.each(['/overseas/', '/en/overseas/'])('%s loads and makes a checklist without a CSP violation', async (path) => {
    const tab = await (await browser().newContext()).newPage();
    const violations: string[] = [];
    tab.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) violations.push(message.text().slice(0, 160));
    });
    await tab.goto(origin + path, { waitUntil: 'load' });
    await tab.fill('#priority-date', '2024-02-29');
    await tab.click('[data-filing-planner] button[type="submit"]');
    await tab.locator('[data-planner-result]').waitFor();
    expect(violations).toEqual([]);
    await tab.context().close();
  });
});

describe('route chooser', () => {
  it('leads "trademark, many countries" to the Madrid System', async () => {
    const tab = await open('/en/overseas/');
    await tab.check('input[name="right"][value="trademark"]');
    await tab.check('input[name="countries"][value="many"]');
    await tab.click('[data-route-chooser] button');
    const shown = tab.locator('[data-route-for]:not([hidden])');
    expect(await shown.count()).toBe(1);
    expect(await shown.getAttribute('data-route')).toBe('madrid');
    await tab.context().close();
  });

  it('starts the invention answer with the confidentiality examination', async () => {
    const tab = await open('/overseas/');
    await tab.check('input[name="right"][value="invention"]');
    await tab.check('input[name="countries"][value="many"]');
    await tab.click('[data-route-chooser] button');
    const first = tab.locator('[data-route-for]:not([hidden]) > p').first();
    expect(await first.getAttribute('data-confidentiality-first')).not.toBeNull();
    expect(await first.textContent()).toContain('保密审查');
    await tab.context().close();
  });

  it('shows every route as plain text without JavaScript', async () => {
    const tab = await open('/overseas/', { javaScriptEnabled: false });
    expect(await tab.locator('[data-route-for]:visible').count()).toBe(RIGHT_KINDS.length * COUNTRY_COUNTS.length);
    expect(await tab.locator('[data-filing-planner]').isVisible()).toBe(false);
    await tab.context().close();
  });

  it.each(['default', 'large'])(
    'keeps each radio button beside its words at 320 px in %s reading mode',
    async (mode) => {
      const tab = await open('/en/overseas/', { viewport: { width: 320, height: 800 } });
      if (mode === 'large')
        await tab.evaluate(() => {
          document.documentElement.dataset.reading = 'large';
        });
      const misplaced = await tab.locator('[data-route-chooser] fieldset label').evaluateAll((labels) =>
        labels
          .filter((label) => {
            const radio = label.querySelector('input')!.getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(label);
            range.setStartAfter(label.querySelector('input')!);
            const words = range.getClientRects()[0];
            // Beside means: to the left of the words, no taller than a line and a half, centred on the first line.
            const centre = (r: DOMRect) => r.top + r.height / 2;
            return !(
              words &&
              words.left >= radio.right &&
              radio.height <= words.height * 1.5 &&
              Math.abs(centre(radio) - centre(words)) <= words.height / 2
            );
          })
          .map((label) => label.textContent!.trim()),
      );
      expect(misplaced).toEqual([]);
      await tab.context().close();
    },
  );
});
