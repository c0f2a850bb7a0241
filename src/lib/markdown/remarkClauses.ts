// remark plugin for the plan's files (content/plan/): after remarkAnchors has turned each `{#id}` into an
// id, every clause gets its kind as a class and, in a row under its words, a visible "copy link" (a plain link to the clause without
// scripts), and "cite" and a link to the same clause side by side, folded under "more" where scripts run so
// the row stays one short line on a phone. It uses nothing but the file itself (its language comes from its folder), so Astro's cached
// render of a file stays true whatever else changes; joins to other files (unit links, related services)
// are made when the page is (src/lib/plan/enrichClauses.ts).
import type { Root, Paragraph, Heading, PhrasingContent } from 'mdast';
import { clauseName, clausePlace } from '../plan/clauseName.ts';
import type { VFile } from 'vfile';
import { anchorOf } from './remarkAnchors.ts';
import { clauseKind } from '../plan/clauseIds.ts';
import { SOURCE_LANG, langOfContentPath, localePath, type ContentLang, type Lang } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/t.ts';

/** A block's words, without markup (the marker is already gone: remarkAnchors took it). */
const plainText = (node: unknown): string => {
  const n = node as { value?: unknown; children?: unknown[] };
  return typeof n.value === 'string' ? n.value : (n.children ?? []).map(plainText).join('');
};

const hast = (hName: string, hProperties: Record<string, unknown>) => ({ hName, hProperties });

function clauseLink(id: string, lang: ContentLang, text: string): PhrasingContent {
  const t = useTranslations(lang);
  // Screen readers hear the plan's own numbering (四(一)1第2段), never the ID, and each clause's link is told
  // apart from the others in a list of links (clauseName).
  const number = clauseName(id, lang, text);
  const label = (key: 'plan.copyLink' | 'plan.clauseLink', className: string, needsJs: boolean) => ({
    type: 'text',
    value: t(key),
    data: hast('span', { className: [className], ...(needsJs ? { dataNeedsJs: '' } : {}) }),
  });
  return {
    type: 'link',
    url: `#${id}`,
    data: hast('a', { className: ['clause-link'], dataPagefindIgnore: '' }),
    // Where scripts run (src/client/clauseTools.ts) the link copies its address: "复制链接"; without them it
    // is a plain link to the clause, "本条链接". html.js, set before the first paint, picks the label.
    children: [
      label('plan.copyLink', 'clause-link__copy', true),
      label('plan.clauseLink', 'clause-link__plain', false),
      ...(number
        ? [{ type: 'text', value: ` ${number}`, data: hast('span', { className: ['visually-hidden'] }) }]
        : []),
    ],
  } as PhrasingContent;
}

/** "引用 / Cite": opens the clause's citation (src/client/clauseTools.ts); only where scripts run. */
function citeButton(id: string, lang: ContentLang, text: string): PhrasingContent {
  const t = useTranslations(lang);
  // Named as the citation names the clause, so the goals of 三 are told apart by ear too ('Cite III "…"'), and
  // the measures of one subsection by their place in it (clauseName).
  const number = clauseName(id, lang, text);
  return {
    type: 'emphasis',
    data: hast('button', {
      type: 'button',
      className: ['clause-cite'],
      dataCite: id,
      dataNeedsJs: '',
      dataPagefindIgnore: '',
      ariaExpanded: 'false',
    }),
    children: [
      { type: 'text', value: t('plan.cite') },
      ...(number
        ? [{ type: 'text', value: ` ${number}`, data: hast('span', { className: ['visually-hidden'] }) }]
        : []),
    ],
  } as PhrasingContent;
}

/** A small "side by side" link to the same clause on /plan/compare/, next to the clause link. */
function compareLink(id: string, lang: ContentLang, text: string): PhrasingContent {
  const t = useTranslations(lang);
  return {
    type: 'link',
    url: `${localePath(lang, '/plan/compare/')}#${id}`,
    data: hast('a', { className: ['clause-compare'], dataPagefindIgnore: '' }),
    children: [
      { type: 'text', value: t('plan.compareLink') },
      {
        type: 'text',
        value: ` ${[t('plan.compareLinkLabel'), clauseName(id, lang, text)].filter(Boolean).join(' ')}`,
        data: hast('span', { className: ['visually-hidden'] }),
      },
    ],
  } as PhrasingContent;
}

/** "更多 / More": shows the clause's other tools (cite, side by side), folded away where scripts run
 *  (src/client/clauseTools.ts); without scripts the button is not shown and the tools are. */
function moreButton(id: string, lang: ContentLang, text: string): PhrasingContent {
  const t = useTranslations(lang);
  const number = clauseName(id, lang, text);
  return {
    type: 'emphasis',
    data: hast('button', {
      type: 'button',
      className: ['clause-more-toggle'],
      dataNeedsJs: '',
      dataPagefindIgnore: '',
      ariaExpanded: 'false',
      ariaControls: `more-${id}`,
    }),
    children: [
      { type: 'text', value: t('plan.moreTools') },
      ...(number
        ? [{ type: 'text', value: ` ${number}`, data: hast('span', { className: ['visually-hidden'] }) }]
        : []),
    ],
  } as PhrasingContent;
}

/** The tools folded under "more": cite and side by side. */
function moreTools(id: string, lang: ContentLang, text: string): PhrasingContent {
  return {
    type: 'emphasis',
    data: hast('span', { className: ['clause-more'], id: `more-${id}`, dataPagefindIgnore: '' }),
    children: [citeButton(id, lang, text), { type: 'text', value: ' ' }, compareLink(id, lang, text)],
  } as PhrasingContent;
}

/** The clause's tools in a row of their own under its words (ClauseTools.astro lays it out): set inline in the
 *  text's last line, their 44 px targets made that line taller than the others. */
function toolRow(id: string, lang: ContentLang, text: string): PhrasingContent {
  return {
    type: 'emphasis',
    data: hast('span', { className: ['clause-tools'], dataPagefindIgnore: '' }),
    children: [
      clauseLink(id, lang, text),
      { type: 'text', value: ' ' },
      moreButton(id, lang, text),
      { type: 'text', value: ' ' },
      moreTools(id, lang, text),
    ],
  } as PhrasingContent;
}

/** The labels the tools carry, from the dictionary of the file's language. */
const TOOL_LABELS = ['plan.copyLink', 'plan.clauseLink', 'plan.cite', 'plan.compareLink', 'plan.moreTools'] as const;

/**
 * A plan file's render with its tools labelled as a page in `lang` words them. The render is made once, in the
 * file's language; a generated language shows it converted, but its interface has words of its own (本條連結,
 * not 本條鏈接: src/i18n/zh-hant.ts), so the labels are swapped before the page is converted.
 */
export function labelClauseTools(html: string, fileLang: ContentLang, lang: Lang): string {
  const [from, to] = [useTranslations(fileLang), useTranslations(lang)];
  return TOOL_LABELS.reduce((out, key) => out.replaceAll(`>${from(key)}<`, `>${to(key)}<`), html);
}

export function remarkClauses() {
  return (tree: Root, file: VFile) => {
    if (!/[\\/]content[\\/]plan[\\/]/.test(file.path ?? '')) return;
    const lang = langOfContentPath(file.path ?? '') ?? SOURCE_LANG;
    for (const block of tree.children) {
      if (block.type !== 'heading' && block.type !== 'paragraph') continue;
      const id = anchorOf(block);
      if (!id) continue;
      const kind = clauseKind(id);
      if (!kind) file.fail(`“{#${id}}” 不是有效的条款编号 / "{#${id}}" is not a valid clause ID (e.g. {#task-1-1-2}).`);
      const target = block as Paragraph | Heading;
      // A paragraph carries its place for paper (styles/print.css prints it at the paragraph's start); a
      // heading's words carry its number (一、, （一）, 1.), as on the side-by-side page.
      const place = block.type === 'paragraph' ? { dataClausePlace: clausePlace(id, lang) } : {};
      target.data = {
        ...target.data,
        ...hast(block.type === 'heading' ? `h${block.depth}` : 'p', {
          id,
          className: ['clause', `clause--${kind}`],
          ...place,
        }),
      };
      const text = plainText(target);
      target.children.push({ type: 'text', value: ' ' }, toolRow(id, lang, text));
    }
  };
}
