// The overseas guide in Chromium: the route chooser, with axe's eyes at 320 px in both reading modes (those in
// the phone project), the way from step 3 to the filing planner's own page (its checks: planner.spec.ts), and
// the guide under its Content Security Policy.
import { expect, test } from './fixtures.ts';
import { COUNTRY_COUNTS, RIGHT_KINDS } from '../../src/lib/overseas/chooser.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { LOCALES, localePath } from '../../src/i18n/locales.ts';

test.describe('route chooser', () => {
  test('leads "trademark, many countries" to the Madrid System', async ({ open }) => {
    const tab = await open('/en/overseas/');
    await tab.check('input[name="right"][value="trademark"]');
    await tab.check('input[name="countries"][value="many"]');
    await tab.click('[data-route-chooser] button');
    const shown = tab.locator('[data-route-for]:not([hidden])');
    expect(await shown.count()).toBe(1);
    expect(await shown.getAttribute('data-route')).toBe('madrid');
    await tab.context().close();
  });

  test('starts the invention answer with the confidentiality examination', async ({ open }) => {
    const tab = await open('/overseas/');
    await tab.check('input[name="right"][value="invention"]');
    await tab.check('input[name="countries"][value="many"]');
    await tab.click('[data-route-chooser] button');
    const first = tab.locator('[data-route-for]:not([hidden]) > p').first();
    expect(await first.getAttribute('data-confidentiality-first')).not.toBeNull();
    expect(await first.textContent()).toContain('保密审查');
    await tab.context().close();
  });

  test('shows every route as plain text without JavaScript', async ({ open }) => {
    const tab = await open('/overseas/', { javaScriptEnabled: false });
    expect(await tab.locator('[data-route-for]:visible').count()).toBe(RIGHT_KINDS.length * COUNTRY_COUNTS.length);
    // The planner is on its own page; the way to it reads and works without scripts.
    expect(await tab.locator('[data-filing-planner]').count()).toBe(0);
    expect(await tab.locator('[data-planner-link] a').isVisible()).toBe(true);
    await tab.context().close();
  });

  for (const mode of ['default', 'large'])
    test(
      `keeps each radio button beside its words at 320 px in ${mode} reading mode`,
      { tag: '@phone' },
      async ({ open }) => {
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

test.describe('the way to the filing planner', () => {
  for (const lang of LOCALES)
    test(`${lang}: the step list and step 3 lead to the planner's page, where the form is ready`, async ({ open }) => {
      const t = useTranslations(lang);
      const guide = localePath(lang, '/overseas/', '');
      const planner = localePath(lang, '/overseas/planner/', '');
      const tab = await open(guide);
      const fromList = tab.locator(`.step-nav a[href="${planner}"]`);
      await expect(fromList).toBeVisible();
      await expect(tab.locator(`[data-planner-link] a[href="${planner}"]`)).toBeVisible();
      await fromList.click();
      await tab.waitForURL(`**${planner}`);
      await expect(tab.locator('main h1')).toHaveText(t('plannerPage.title'));
      await expect(tab.locator('#priority-date')).toBeVisible();
      await tab.context().close();
    });
});

test.describe('the guide under its Content Security Policy', () => {
  for (const path of ['/overseas/', '/en/overseas/'])
    test(`${path} loads and answers the route chooser without a CSP violation`, async ({ page: tab }) => {
      const violations: string[] = [];
      tab.on('console', (message) => {
        if (/Content Security Policy/.test(message.text())) violations.push(message.text().slice(0, 160));
      });
      await tab.goto(path, { waitUntil: 'load' });
      await tab.check('input[name="right"][value="trademark"]');
      await tab.check('input[name="countries"][value="many"]');
      await tab.click('[data-route-chooser] button');
      await expect(tab.locator('[data-route-for]:not([hidden])')).toHaveCount(1);
      expect(violations).toEqual([]);
      await tab.context().close();
    });
});
