// Service bodies in one language: the record (names, contacts, sources) with this language's text.
import { SOURCE_LANG, contentLang, inLang, localePath } from '../i18n/locales.ts';
import { nestQuotes } from '../lib/typography/nestQuotes.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales.ts';
import { withLanguageText } from './bilingual.ts';
import { LOCALE_INFO } from '../i18n/localeTable.ts';
import { clauseRef } from '../lib/plan/clauseRef.ts';
import { planClauses } from './plan.ts';
import { DISTRICTS, SERVICE_NEEDS } from '../lib/schemas/service.ts';
import type { ServiceSummary } from '../lib/services/view.ts';
import { unitAnchor } from '../lib/plan/units.ts';
import { existingFirst, isProposed } from '../lib/services/standing.ts';
import {
  HOTLINE_12330,
  HOTLINE_12345,
  callsFor,
  hasOwnContact,
  nationalSites,
  responsibleUnit,
  type CallView,
  type WayForwardView,
} from '../lib/services/wayForward.ts';

/** A service body in one language; components see its ServiceSummary part (src/lib/services/view.ts). */
export interface ServiceView extends ServiceSummary {
  slug: string;
  record: CollectionEntry<'services'>;
  text: CollectionEntry<'services'> | CollectionEntry<'servicesTranslations'>;
  name: string;
  summary: string;
}

export async function serviceViews(lang: Lang): Promise<ServiceView[]> {
  const [records, translations] = await Promise.all([getCollection('services'), getCollection('servicesTranslations')]);
  const views = withLanguageText(records, translations, lang)
    .map(({ record, text }) => ({
      slug: record.id,
      record,
      text,
      name: inLang(record.data.name, lang),
      summary: text.data.summary,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, LOCALE_INFO[lang].intl));
  // Real help first: in every list the finder makes from these, bodies that exist come before proposals.
  return existingFirst(views);
}

/** /services/: every body, and the same bodies grouped by need and by district (empty groups left out). */
export async function serviceDirectory(lang: Lang) {
  const views = await serviceViews(lang);
  return {
    views,
    byNeed: SERVICE_NEEDS.map((need) => ({
      need,
      views: views.filter((v) => v.record.data.needs.includes(need)),
    })).filter((g) => g.views.length),
    byDistrict: DISTRICTS.map((district) => ({
      district,
      views: views.filter((v) => v.record.data.district === district),
    })).filter((g) => g.views.length),
  };
}

/** Each service body's name in one language, by slug, for components that link to services. */
export async function serviceNames(lang: Lang): Promise<Map<string, string>> {
  return new Map((await getCollection('services')).map((s) => [s.id, inLang(s.data.name, lang)]));
}

/** A service page: the plan clauses that name the body (by number and lead phrase), related bodies, its needs. */
export async function servicePageView(view: ServiceView, all: ServiceView[], lang: Lang) {
  const data = view.record.data;
  const clauses = new Map((await planClauses(lang)).map((c) => [c.id, c]));
  return {
    clauses: data.clauses.map((id) => ({ id, label: clauseRef(id, clauses.get(id)?.text, lang) })),
    related: data.related
      .map((slug) => all.find((v) => v.slug === slug))
      .filter((v): v is ServiceView => v !== undefined),
    needs: data.needs,
    proposal: isProposed(data) ? proposalView(view, all, clauses, lang) : undefined,
    // The hotline's number is its name and its text says how to call it: no "details to be added" line.
    reachable: data.kind === 'hotline',
  };
}

/** For a body the plan only proposes: the existing body to go to now, and the clause that proposes it. */
function proposalView(
  view: ServiceView,
  all: ServiceView[],
  clauses: Map<string, { text: string }>,
  lang: Lang,
): { goNow: { name: string; href: string }; clause: { href: string; label: string } } {
  const { goNow: slug, clause: id } = view.record.data.standing;
  const go = all.find((v) => v.slug === slug);
  // The content check guarantees both (crossCheck.ts: standing.goNow, standing.clause); say which file if not.
  if (!go || !id)
    throw new Error(
      `content/services/${SOURCE_LANG}/${view.slug}.md: standing.goNow / standing.clause 缺失或无效 / standing.goNow or standing.clause is missing or unknown: run npm run content:check`,
    );
  return {
    goNow: { name: go.name, href: localePath(lang, `/services/${go.slug}/`) },
    clause: { href: `${localePath(lang, '/plan/')}#${id}`, label: clauseRef(id, clauses.get(id)?.text, lang) },
  };
}

/** Where else to ask about a body (src/lib/services/wayForward.ts): 12330 and the infringement guide for a body
 *  that helps with disputes, then 12345 asking for the body by name; the unit the plan makes responsible for the
 *  clause naming it (as the Chinese text lists it), and national sites its sources cite. */
export async function serviceWayForward(view: ServiceView, lang: Lang): Promise<WayForwardView> {
  const data = view.record.data;
  const [source, shown, units, services] = await Promise.all([
    planClauses(SOURCE_LANG),
    planClauses(lang),
    getCollection('units'),
    getCollection('services'),
  ]);
  const kinds = callsFor(data);
  const disputes = kinds.includes('disputes');
  const hotline = services.find((s) => s.id === HOTLINE_12330.slug)?.data.facts[0]?.source;
  if (disputes && !hotline)
    throw new Error(
      `content/services/${SOURCE_LANG}/${HOTLINE_12330.slug}.md: 找不到12330热线的来源(facts 的第一条)/ the 12330 hotline's source (its first fact) is missing; the way forward on content/services/${SOURCE_LANG}/${view.slug}.md cites it`,
    );
  // The operator is asked in Chinese, by the name the plan uses: a translated page gives it beside its own.
  const original = contentLang(lang) === SOURCE_LANG ? undefined : nestQuotes(inLang(data.name, SOURCE_LANG));
  const calls = kinds.map((kind): CallView => {
    if (kind === 'disputes') return { kind, number: HOTLINE_12330.number, source: hotline! };
    const call = { kind, number: HOTLINE_12345.number, source: HOTLINE_12345.source };
    return kind === 'by-name' ? { ...call, askFor: { name: nestQuotes(view.name), original } } : call;
  });
  const text = new Map(source.map((c) => [c.id, c.text]));
  const lead = responsibleUnit(
    data.clauses.map((id) => ({ id, text: text.get(id) ?? '' })),
    inLang(data.name, SOURCE_LANG),
  );
  const unit = lead && units.find((u) => u.data[SOURCE_LANG] === lead.name)?.data;
  const clause = lead && shown.find((c) => c.id === lead.clause);
  const sources = [...Object.values(data.contact).map((detail) => detail.source), ...data.facts.map((f) => f.source)];
  return {
    calls,
    guide: disputes ? localePath(lang, '/infringement/') : undefined,
    callPage: disputes ? localePath(lang, `/services/${HOTLINE_12330.slug}/`) : undefined,
    unit:
      unit && lead
        ? {
            name: inLang(unit, lang),
            href: `${localePath(lang, '/plan/units/')}#${unitAnchor(unit.id)}`,
            clause: {
              href: `${localePath(lang, '/plan/')}#${lead.clause}`,
              label: clauseRef(lead.clause, clause?.text, lang),
            },
          }
        : undefined,
    sites: nationalSites(sources),
    /** The body's own address, phone or official website is published on the page. */
    reachable: hasOwnContact(data),
  };
}
