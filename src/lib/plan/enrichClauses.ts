// The plan's clauses joined to the rest of the site when the page is made, not when its Markdown is rendered:
// each responsible unit in a measure's closing parenthesis links to the units matrix, and a line under a
// clause names the service bodies that help with it. Markdown renders (and Astro caches) each plan file on its
// own; the units glossary and the services live in other files, so joining them here keeps the cache true.
// Works on the rendered HTML of a plan file (src/lib/markdown/remarkClauses.ts marks each clause).
import type { UnitName } from '../schemas/glossaryUnits.ts';
import type { ServiceLink } from './servicesByClause.ts';
import { locateUnits, unitsSpan } from './responsibleUnits.ts';
import { unitAnchor } from './units.ts';
import { listParts } from '../format/list.ts';
import { contentLang, inLang, localePath, typographyOf, type Lang } from '../../i18n/locales.ts';
import { splitFigures } from '../typography/figures.ts';
import { useTranslations, type Translate } from '../../i18n/t.ts';

export interface ClauseJoins {
  /** The units glossary (content/glossary/units.json). */
  units: UnitName[];
  /** Units named by each measure, read from the source text: every language links the same ones. */
  unitsByMeasure: Record<string, string[]>;
  /** Service bodies that name each clause. */
  servicesByClause: Record<string, ServiceLink[]>;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The units parenthesis at the end of a measure's text (the text after its last tag) with each unit linked. */
function linkUnits(html: string, id: string, joins: ClauseJoins, lang: Lang): string {
  const names = joins.unitsByMeasure[id] ?? [];
  // The text after the last tag, as HTML: unit names hold no characters HTML escapes, so they are found as written.
  const cut = html.lastIndexOf('>') + 1;
  const text = html.slice(cut);
  // The plan's own word (责任单位), found in the file's text: a generated language's dictionary writes it in its
  // own script, which the page's text is not in until the page pass.
  const opening = useTranslations(contentLang(lang))('plan.unitsOpening');
  const span = unitsSpan(text, opening);
  if (!span || names.length === 0) return html;
  let out = text.slice(0, span[0]);
  let cursor = span[0];
  // A unit missing from the glossary or not written as it spells it is reported by the content check first.
  for (const { unit, label, at } of locateUnits(text, names, joins.units, contentLang(lang), opening)) {
    if (!unit || at < 0) continue;
    out += `${text.slice(cursor, at)}<a href="${localePath(lang, '/plan/units/')}#${unitAnchor(unit.id)}">${escape(label)}</a>`;
    cursor = at + label.length;
  }
  return html.slice(0, cut) + out + text.slice(cursor);
}

/** "相关服务: A、B和C" under a clause that names service bodies, linking to their pages. */
function servicesLine(services: ServiceLink[], lang: Lang, t: Translate): string {
  const links = listParts(services.length, lang)
    .map((part) => {
      if (part.type === 'literal') return escape(part.value);
      const s = services[part.index];
      const name = splitFigures(inLang(s.name, lang), typographyOf(lang))
        .map(({ text, figure }) => (figure ? `<span class="fig">${escape(text)}</span>` : escape(text)))
        .join('');
      return `<a href="${localePath(lang, `/services/${s.slug}/`)}">${name}</a>`;
    })
    .join('');
  return `\n<p class="clause-services">${escape(t('services.mentionedIn'))}: ${links}</p>`;
}

// A clause's opening tag may carry more after its class (a paragraph's data-clause-place, for paper).
const CLAUSE = /<(p|h[2-6]) id="([^"]+)" class="clause clause--(\w+)"[^>]*>([\s\S]*?)<\/\1>/g;
// The clause's tools (remarkClauses) sit in a row of their own after its words.
const TOOL_ROW = ' <span class="clause-tools"';

/** A plan file's rendered HTML with its clauses joined to the units matrix and the service pages. */
export function enrichClauses(html: string, joins: ClauseJoins, lang: Lang, t: Translate): string {
  return html.replace(CLAUSE, (whole, tag: string, id: string, kind: string, inner: string) => {
    let body = inner;
    if (kind === 'measure') {
      // The clause's tool row (remarkClauses) comes last; the units parenthesis is the text just before it.
      const links = body.lastIndexOf(TOOL_ROW);
      const text = links >= 0 ? body.slice(0, links) : body;
      body = linkUnits(text, id, joins, lang) + (links >= 0 ? body.slice(links) : '');
    }
    const services = joins.servicesByClause[id];
    const opening = whole.slice(0, whole.indexOf('>') + 1);
    return `${opening}${body}</${tag}>${services ? servicesLine(services, lang, t) : ''}`;
  });
}
