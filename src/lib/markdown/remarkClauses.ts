// remark plugin for the plan's files (content/plan/): after remarkAnchors has turned each `{#id}` into an
// id, every clause gets its kind as a class, a visible "link to this clause", links from each
// responsible unit in a measure's closing parenthesis to the units matrix, and a line naming the
// service bodies that help with it. Its data comes as options (built in src/data/markdownOptions.ts),
// so the plugin reads no files and keeps no state between builds.
import type { Root, Paragraph, Heading, PhrasingContent, Text, RootContent } from 'mdast';
import { clauseNumber } from '../plan/clauseRef.ts';
import type { VFile } from 'vfile';
import { anchorOf } from './remarkAnchors.ts';
import { clauseKind } from '../plan/clauseIds.ts';
import { locateUnits, unitsSpan } from '../plan/responsibleUnits.ts';
import { unitAnchor, type UnitName } from '../plan/units.ts';
import type { ServiceLink } from '../plan/servicesByClause.ts';
import { langOfContentPath, localePath, type Lang } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/t.ts';
import { listParts } from '../format/list.ts';

export interface ClauseOptions {
  /** The units glossary (content/glossary/units.json). */
  units: UnitName[];
  /** Units named by each measure, read from the Chinese text: the English text must name the same ones. */
  unitsByMeasure: Record<string, string[]>;
  /** Service bodies that name each clause. */
  servicesByClause: Record<string, ServiceLink[]>;
}

const hast = (hName: string, hProperties: Record<string, unknown>) => ({ hName, hProperties });

function clauseLink(id: string, lang: Lang): PhrasingContent {
  const t = useTranslations(lang);
  return {
    type: 'link',
    url: `#${id}`,
    data: hast('a', { className: ['clause-link'], dataPagefindIgnore: '' }),
    children: [
      { type: 'text', value: '#', data: hast('span', { ariaHidden: 'true' }) },
      // Screen readers hear the plan's own numbering (四(一)1), never the ID.
      {
        type: 'text',
        value: [t('plan.clauseLink'), clauseNumber(id, lang)].filter(Boolean).join(' '),
        data: hast('span', { className: ['visually-hidden'] }),
      },
    ],
  } as PhrasingContent;
}

/** A small "side by side" link to the same clause on /plan/compare/, next to the clause link. */
function compareLink(id: string, lang: Lang): PhrasingContent {
  const t = useTranslations(lang);
  return {
    type: 'link',
    url: `${localePath(lang, '/plan/compare/')}#${id}`,
    data: hast('a', { className: ['clause-compare'], dataPagefindIgnore: '' }),
    children: [
      { type: 'text', value: t('plan.compareLink') },
      {
        type: 'text',
        value: ` ${[t('plan.compareLinkLabel'), clauseNumber(id, lang)].filter(Boolean).join(' ')}`,
        data: hast('span', { className: ['visually-hidden'] }),
      },
    ],
  } as PhrasingContent;
}

function linkUnits(node: Text, id: string, lang: Lang, options: ClauseOptions, file: VFile): PhrasingContent[] {
  const opening = useTranslations(lang)('plan.unitsOpening');
  const span = unitsSpan(node.value, opening);
  const names = options.unitsByMeasure[id] ?? [];
  if (!span || names.length === 0) return [node];
  const out: PhrasingContent[] = [{ type: 'text', value: node.value.slice(0, span[0]) }];
  let cursor = span[0];
  for (const { unit, label, at } of locateUnits(node.value, names, options.units, lang, opening)) {
    // The content check reports this with file and line first (checkContent.ts); the build stops here too.
    if (!unit || at < 0)
      file.fail(
        `条款 ${id} 的责任单位中找不到“${label}”。请按 content/glossary/units.json 的写法列出该单位。` +
          ` / Clause ${id}: the responsible units do not name "${label}"; write the unit as content/glossary/units.json spells it.`,
      );
    out.push({ type: 'text', value: node.value.slice(cursor, at) });
    out.push({
      type: 'link',
      url: `${localePath(lang, '/plan/units/')}#${unitAnchor(unit.id)}`,
      children: [{ type: 'text', value: label }],
    });
    cursor = at + label.length;
  }
  out.push({ type: 'text', value: node.value.slice(cursor) });
  return out.filter((n) => n.type !== 'text' || n.value !== '');
}

/** "相关服务: A、B" under a clause that names service bodies, linking to their pages. */
function servicesLine(services: ServiceLink[], lang: Lang): RootContent {
  const t = useTranslations(lang);
  const links = listParts(services.length, lang).map((part): PhrasingContent => {
    if (part.type === 'literal') return { type: 'text', value: part.value };
    const s = services[part.index];
    return {
      type: 'link',
      url: localePath(lang, `/services/${s.slug}/`),
      children: [{ type: 'text', value: s.name[lang] }],
    };
  });
  return {
    type: 'paragraph',
    data: hast('p', { className: ['clause-services'] }),
    children: [{ type: 'text', value: `${t('services.mentionedIn')}: ` }, ...links],
  };
}

export function remarkClauses(options: ClauseOptions) {
  return (tree: Root, file: VFile) => {
    if (!/[\\/]content[\\/]plan[\\/]/.test(file.path ?? '')) return;
    const lang = langOfContentPath(file.path ?? '') ?? 'zh';
    const after = new Map<RootContent, RootContent>();
    for (const block of tree.children) {
      if (block.type !== 'heading' && block.type !== 'paragraph') continue;
      const id = anchorOf(block);
      if (!id) continue;
      const kind = clauseKind(id);
      if (!kind) file.fail(`“{#${id}}” 不是有效的条款编号 / "{#${id}}" is not a valid clause ID (e.g. {#task-1-1-2}).`);
      const target = block as Paragraph | Heading;
      target.data = {
        ...target.data,
        ...hast(block.type === 'heading' ? `h${block.depth}` : 'p', { id, className: ['clause', `clause--${kind}`] }),
      };
      const last = target.children.at(-1);
      if (kind === 'measure' && last?.type === 'text')
        target.children.splice(-1, 1, ...linkUnits(last, id, lang, options, file));
      target.children.push(
        { type: 'text', value: ' ' },
        clauseLink(id, lang),
        { type: 'text', value: ' ' },
        compareLink(id, lang),
      );
      const named = options.servicesByClause[id];
      if (named) after.set(block, servicesLine(named, lang));
    }
    tree.children = tree.children.flatMap((block) => (after.has(block) ? [block, after.get(block)!] : [block]));
  };
}
