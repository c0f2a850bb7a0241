// The component kit (src/components/kit/, docs/components.md) renders what a reader relies on: a summary
// list's keys and values, a tag's words beside its shape, a banner as a note, an inset as an aside of its own
// kind, a citation with its source's date, a scrolling table that is named and reachable by keyboard, and a
// real button.
import { readFileSync, readdirSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import Button from '../../src/components/kit/Button.astro';
import NotificationBanner from '../../src/components/kit/NotificationBanner.astro';
import InsetText from '../../src/components/kit/InsetText.astro';
import Select from '../../src/components/kit/Select.astro';
import DateInput from '../../src/components/kit/DateInput.astro';
import ScrollTable from '../../src/components/kit/ScrollTable.astro';
import SourceCitation from '../../src/components/kit/SourceCitation.astro';
import SummaryList from '../../src/components/kit/SummaryList.astro';
import SummaryListRow from '../../src/components/kit/SummaryListRow.astro';
import Tag from '../../src/components/kit/Tag.astro';
import { STATUS_TAG } from '../../src/lib/targets/statusTag.ts';
import type { TargetStatus } from '../../src/lib/targets/status.ts';
import { formatAsOf } from '../../src/lib/targets/format.ts';
import { progressRecord } from '../../src/lib/schemas/progress.ts';
import { parseContent } from '../../src/lib/content/parse.ts';
import { LOCALES, SOURCE_LANG, type Lang } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';

const container = await AstroContainer.create();
// Every status the type allows (STATUS_TAG is a Record over TargetStatus, so the compiler keeps this complete).
const TARGET_STATUSES = Object.keys(STATUS_TAG) as TargetStatus[];
const render = async (component: Parameters<typeof container.renderToString>[0], options = {}) =>
  parse(await container.renderToString(component, options));

describe('SummaryList', () => {
  it('puts each row key in a <dt> and its value, with its data attributes, in the <dd> after it', async () => {
    const row = await render(SummaryListRow, {
      props: { key: 'Phone', 'data-contact': 'phone' },
      slots: { default: '0519-12345' },
    });
    expect(row.querySelector('dt')?.textContent).toBe('Phone');
    expect(row.querySelector('dd')?.getAttribute('data-contact')).toBe('phone');
    expect(row.querySelector('dd')?.textContent.trim()).toBe('0519-12345');
  });

  it('wraps its rows in one <dl> marked with its variant', async () => {
    const list = await render(SummaryList, { props: { variant: 'boxed' }, slots: { default: '<dt>a</dt><dd>b</dd>' } });
    expect(list.querySelector('dl')?.classList.contains('summary-list--boxed')).toBe(true);
    expect(list.querySelectorAll('dl > dt')).toHaveLength(1);
  });
});

describe('Tag', () => {
  it.each(TARGET_STATUSES)('shows the %s status in words, its shape hidden from screen readers', async (status) => {
    const tag = await render(Tag, { props: STATUS_TAG[status], slots: { default: status } });
    expect(tag.querySelector('[aria-hidden="true"]')?.textContent.trim()).toBe(STATUS_TAG[status].icon);
    expect(tag.querySelector('.tag')?.textContent).toContain(status);
  });

  it('gives every status its own shape, so none relies on colour alone', () => {
    const shapes = TARGET_STATUSES.map((s) => STATUS_TAG[s].icon);
    expect(new Set(shapes).size).toBe(TARGET_STATUSES.length);
  });
});

describe('Select', () => {
  it('labels its control, names its hint as the description and lists its options in order', async () => {
    const field = await render(Select, {
      props: {
        id: 'made',
        name: 'made',
        label: 'Was it completed in China?',
        hint: 'The rule applies only then.',
        options: [
          ['', 'Choose one'],
          ['yes', 'Yes'],
          ['no', 'No'],
        ],
        required: true,
        'data-planner-made': true,
      },
    });
    const select = field.querySelector('[data-planner-made] select#made[name="made"][required]')!;
    expect(field.querySelector('label[for="made"]')?.textContent.trim()).toBe('Was it completed in China?');
    expect(field.querySelector(`#${select.getAttribute('aria-describedby')}`)?.textContent.trim()).toBe(
      'The rule applies only then.',
    );
    expect(select.querySelectorAll('option').map((o) => [o.getAttribute('value'), o.textContent])).toEqual([
      ['', 'Choose one'],
      ['yes', 'Yes'],
      ['no', 'No'],
    ]);
    const bare = await render(Select, { props: { id: 'x', name: 'x', label: 'X', options: [['a', 'A']] } });
    expect(bare.querySelector('select')?.hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('DateInput', () => {
  it('labels its date control and names its hint as the description, as Select does', async () => {
    const field = await render(DateInput, {
      props: { id: 'first', name: 'date', label: 'When did you first file?', hint: 'The filing date.', required: true },
    });
    const input = field.querySelector('input[type="date"]#first[name="date"][required]')!;
    expect(field.querySelector('label[for="first"]')?.textContent.trim()).toBe('When did you first file?');
    expect(field.querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent.trim()).toBe(
      'The filing date.',
    );
    // The hint looks the same under both kinds of question: one class, styled once (global.css).
    expect(field.querySelector('.field-hint')).not.toBeNull();
    const bare = await render(DateInput, { props: { id: 'fair', name: 'fair', label: 'Fair' } });
    expect(bare.querySelector('input')?.hasAttribute('aria-describedby')).toBe(false);
    expect(bare.querySelector('input')?.hasAttribute('required')).toBe(false);
  });
});

describe('NotificationBanner', () => {
  it('is a note with its message, left out of search only when asked', async () => {
    const plain = await render(NotificationBanner, { slots: { default: 'The source text prevails.' } });
    expect(plain.querySelector('[role="note"]')?.textContent.trim()).toBe('The source text prevails.');
    expect(plain.querySelector('[data-pagefind-ignore]')).toBeNull();
    const unindexed = await render(NotificationBanner, { props: { unindexed: true }, slots: { default: 'x' } });
    expect(unindexed.querySelector('[role="note"][data-pagefind-ignore]')).not.toBeNull();
  });

  it('as a line: the short line shows closed and opens in place to the message', async () => {
    const line = await render(NotificationBanner, {
      props: { variant: 'line', unindexed: true },
      slots: { summary: 'Converted from Simplified Chinese', default: 'The source text prevails.' },
    });
    const details = line.querySelector('details[data-pagefind-ignore]');
    expect(details?.hasAttribute('open')).toBe(false);
    expect(details?.querySelector('summary')?.textContent.trim()).toBe('Converted from Simplified Chinese');
    expect(details?.querySelector('p')?.textContent.trim()).toBe('The source text prevails.');
  });
});

describe('InsetText', () => {
  it('sets its content apart as an inset, in the element the aside calls for, with its attributes', async () => {
    const aside = await render(InsetText, {
      props: { as: 'aside', 'aria-labelledby': 'h', 'data-guides-for': 'x', class: 'guides-for' },
      slots: { default: '<h2 id="h">Guides for this</h2><ul><li>One</li></ul>' },
    });
    const box = aside.querySelector('aside.inset.guides-for');
    expect(box?.getAttribute('aria-labelledby')).toBe('h');
    expect(box?.getAttribute('data-guides-for')).toBe('x');
    expect(box?.querySelector('h2 + ul li')?.textContent).toBe('One');
    expect((await render(InsetText, { slots: { default: 'A caveat' } })).querySelector('div.inset')?.textContent).toBe(
      'A caveat',
    );
  });

  it('is not a notice: an aside is neither orange nor announced as a note', async () => {
    const inset = await render(InsetText, { props: { as: 'p' }, slots: { default: 'See also' } });
    expect(inset.querySelector('p.inset')).not.toBeNull();
    expect(inset.querySelector('.notice, [role="note"]')).toBeNull();
    const banner = await render(NotificationBanner, { slots: { default: 'The period has ended.' } });
    expect(banner.querySelector('.inset')).toBeNull();
  });

  it('renders a data attribute given as "" bare, as search reads it (data-pagefind-ignore)', async () => {
    const html = await container.renderToString(InsetText, {
      props: { as: 'section', 'data-pagefind-ignore': '' },
      slots: { default: 'x' },
    });
    expect(html).toMatch(/<section[^>]* data-pagefind-ignore[ >]/);
    expect(html).not.toContain('data-pagefind-ignore="');
  });
});

describe('SourceCitation', () => {
  // A real source from the content: the first progress record's first source.
  const name = readdirSync('content/progress/zh')[0];
  const record = progressRecord.parse(parseContent(name, readFileSync(`content/progress/zh/${name}`, 'utf8')).data)
    .sources[0];

  it('cites a source with its publisher and its date in words, marked as a source record', async () => {
    const cite = await render(SourceCitation, { props: { lang: 'zh', source: record } });
    const span = cite.querySelector('[data-source]')!;
    expect(span.textContent).toContain(record.publisher);
    expect(span.querySelector('time')?.getAttribute('datetime')).toBe(record.date);
    expect(span.querySelector('time')?.textContent).toBe(formatAsOf(record.date, 'zh'));
  });

  it('in a table cell shows the title alone, unlinked', async () => {
    const cite = await render(SourceCitation, { props: { lang: 'zh', source: record, show: 'title' } });
    expect(cite.querySelector('a')).toBeNull();
    expect(cite.querySelector('time')).toBeNull();
    expect(cite.querySelector('span')?.textContent.trim()).toBe(record.title);
  });
});

describe('ScrollTable', () => {
  const table = (lang: Lang) =>
    render(ScrollTable, {
      props: { caption: 'Figures' },
      slots: { default: '<tbody><tr><td>1</td></tr></tbody>' },
      locals: { lang },
    });

  it('is a region named by its caption, in the tab order, around one table', async () => {
    const box = await table(SOURCE_LANG);
    const region = box.querySelector('section.scroll-table')!;
    expect(region.getAttribute('aria-label')).toBe('Figures');
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.querySelector('table > caption')?.textContent).toBe('Figures');
  });

  it.each(LOCALES)(
    'says in %s, in words, that the table scrolls sideways: invisible until a script finds it wider, never printed',
    async (lang) => {
      const box = await table(lang);
      const hint = box.querySelector('[data-scroll-hint]')!;
      expect(hint.textContent.trim()).toContain(useTranslations(lang)('table.scrollHint'));
      expect(box.querySelector('[data-scroll-table]')!.hasAttribute('data-overflowing')).toBe(false);
      expect(hint.classList.contains('no-print')).toBe(true);
    },
  );

  it('refuses a table that nothing names', async () => {
    await expect(container.renderToString(ScrollTable, {})).rejects.toThrow(/caption, labelledBy .* or a label/);
  });
});

describe('Button', () => {
  it('is a real button, type button unless it submits a form', async () => {
    expect((await render(Button, { slots: { default: 'Print' } })).querySelector('button')?.getAttribute('type')).toBe(
      'button',
    );
    const submit = await render(Button, { props: { type: 'submit' }, slots: { default: 'Show' } });
    expect(submit.querySelector('button')?.getAttribute('type')).toBe('submit');
  });
});
