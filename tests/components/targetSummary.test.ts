// TargetSummary shows one target the way each place needs it, from the target's own content file: the card
// links to the target's page with its status, the particulars quote the plan and link to the clause, and a
// target with no published figure says when one will show and who is responsible for the work under the plan.
import { readFileSync, readdirSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import TargetSummary from '../../src/components/TargetSummary.astro';
import { targetSchema } from '../../src/lib/schemas/target.ts';
import type { TargetView } from '../../src/lib/targets/view.ts';
import { localePath } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';

const container = await AstroContainer.create();
// A quantitative target from the content, as it stands before any figure is published.
const file = readdirSync('content/targets').find(
  (name) => JSON.parse(readFileSync(`content/targets/${name}`, 'utf8')).kind === 'quantitative',
)!;
const id = file.replace(/\.json$/, '');
const data = targetSchema.parse(JSON.parse(readFileSync(`content/targets/${file}`, 'utf8')));
const view: TargetView = { entry: { id, data }, figures: [], status: 'no-data' };
const t = useTranslations('en');
const render = async (variant: 'card' | 'facts' | 'empty') =>
  parse(
    await container.renderToString(TargetSummary, {
      props: { lang: 'en', view, variant, clauseName: 'III' },
    }),
  );

describe('TargetSummary', () => {
  it('as a card is a list item linking to the target page, with its status as a tag', async () => {
    const card = await render('card');
    expect(card.querySelector('li.target-card h3 a')?.getAttribute('href')).toBe(localePath('en', `/targets/${id}/`));
    expect(card.querySelector('.tag')?.textContent).toContain(t('status.no-data'));
    expect(card.querySelectorAll('dt').map((dt) => dt.textContent)).toEqual([
      t('targets.target'),
      t('targets.deadline'),
    ]);
  });

  it('as a card labels a cross-border target so beside its status, in words, whether the status is a tag or not', async () => {
    const card = async (crossBorder: boolean, quietStatus: boolean) =>
      parse(
        await container.renderToString(TargetSummary, {
          props: {
            lang: 'en',
            view: { ...view, entry: { id, data: { ...data, crossBorder } } },
            variant: 'card',
            quietStatus,
          },
        }),
      );
    for (const quietStatus of [false, true]) {
      const marked = (await card(true, quietStatus)).querySelector('.target-card__status [data-cross-border]');
      expect(marked?.textContent?.trim()).toBe(t('targets.crossBorder'));
      expect((await card(false, quietStatus)).querySelector('[data-cross-border]')).toBeNull();
    }
  });

  it("as particulars quotes the plan's words, starting with a capital, and links to the clause that sets the target", async () => {
    const facts = await render('facts');
    const quote = facts.querySelector('q')?.textContent ?? '';
    expect(quote.slice(1)).toBe(data.planWording.en.slice(1));
    expect(quote[0]).toBe(data.planWording.en[0].toUpperCase());
    expect(facts.querySelector(`a[href="${localePath('en', '/plan/')}#${data.clause}"]`)?.textContent).toBe('III');
  });

  it('as particulars gives the starting level, or says the plan gives none, and shows one an editor adds', async () => {
    const row = (doc: Awaited<ReturnType<typeof render>>) =>
      doc.querySelectorAll('dt').find((dt) => dt.textContent === t('targets.baseline'))?.nextElementSibling
        ?.textContent;
    if (data.kind !== 'quantitative') throw new Error('the fixture is a quantitative target');
    // The plan states no starting level for any target (its Part III), so a content target has none.
    expect(data.baseline).toBeUndefined();
    expect(row(await render('facts'))).toBe(t('targets.baselineNone'));
    const withBaseline = {
      ...view,
      entry: {
        id,
        data: {
          ...data,
          baseline: { value: 7, asOf: '2021-12', source: { title: 'x', publisher: 'y', date: '2022-01-01' } },
        },
      },
    } as unknown as TargetView;
    const doc = parse(
      await container.renderToString(TargetSummary, { props: { lang: 'en', view: withBaseline, variant: 'facts' } }),
    );
    expect(row(doc)).toMatch(/^7\b.*2021/);
  });

  it('as particulars says in a sentence what its kind of measure means', async () => {
    if (data.kind !== 'quantitative') throw new Error('the fixture is a quantitative target');
    const row = (await render('facts')).querySelectorAll('dt').find((dt) => dt.textContent === t('targets.measure'));
    expect(row?.nextElementSibling?.textContent).toContain(t(`measureHelp.${data.measure}`));
  });

  it("with no figure says so in an inset, an aside like the site's others, not a box of its own", async () => {
    const empty = await render('empty');
    expect(empty.querySelector('section.inset[data-target-empty]')?.getAttribute('aria-labelledby')).toBe(
      empty.querySelector('[data-target-empty] > h2')?.id,
    );
    // Left out of search (it repeats on every target without a figure): the attribute bare, as search reads it.
    expect(empty.querySelector('[data-target-empty]')?.getAttribute('data-pagefind-ignore')).toBe('');
  });

  it("as a card is the site's one card", async () => {
    expect((await render('card')).querySelector('li.card.target-card')).not.toBeNull();
  });

  it('with no figure says when one will show, and where to look right under the line that says it is missing', async () => {
    const empty = await render('empty');
    expect(empty.querySelector('[data-target-empty] dt:last-of-type')?.textContent).toBe(t('targets.emptyWhere'));
    // Written for readers: nothing tells them what an editor must do.
    expect(empty.querySelector('[data-target-empty]')!.textContent).not.toMatch(
      /editor|must come from|dated public source/i,
    );
    // Where to look is the page's to give (WhereToLook): it comes first, under the heading.
    const withWhere = parse(
      await container.renderToString(TargetSummary, {
        props: { lang: 'en', view, variant: 'empty' },
        slots: { default: '<p data-where-to-look>Look here</p>' },
      }),
    );
    expect(withWhere.querySelector('[data-target-empty] > h2 + [data-where-to-look]')?.textContent).toBe('Look here');
  });

  it('with no figure names the units the plan makes responsible for its clause, the lead first, each linked', async () => {
    const units = [
      { name: 'Changzhou IP Office', href: '/en/plan/units/#unit-ip-office' },
      { name: 'Finance Bureau', href: '/en/plan/units/#unit-finance' },
    ];
    const doc = parse(
      await container.renderToString(TargetSummary, { props: { lang: 'en', view, variant: 'empty', units } }),
    );
    const row = doc
      .querySelectorAll('dt')
      .find((dt) => dt.textContent === t('targets.emptyUnits'))!.nextElementSibling!;
    expect(row.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(units.map((u) => u.href));
    expect(row.textContent).toBe(`Changzhou IP Office${t('targets.leadUnit')} and Finance Bureau`);
    // A clause that names no units (the goals of Part III) shows no such row.
    expect((await render('empty')).querySelectorAll('dt').map((dt) => dt.textContent)).not.toContain(
      t('targets.emptyUnits'),
    );
  });
});
