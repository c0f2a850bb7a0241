// /overseas/planner/: the filing planner's own page in one language. Beside the planner it needs the guide's
// context (the sections a reader should know before trusting a date, linked by their headings in the guide),
// the day the guide's law was checked (for the legal notice) and the bodies its "Who can help you file" section
// names that exist today (the printed checklist ends with them; a body the plan only proposes is left out), and
// the foreign-companies guide's rules for a first filing in the Taiwan region or the Hong Kong SAR, which the
// planner shows as the guide words them, and the national hotlines with their sources.
import { getCollection, getEntry, render } from 'astro:content';
import { SOURCE_LANG, contentLang, inLang, localePath, typographyOf, type Lang } from '../i18n/locales.ts';
import { FILING_HELP_SECTION, servicesInSection, type FilingHelpBody } from '../lib/overseas/filingHelp.ts';
import { isProposed } from '../lib/services/standing.ts';
import { regionRules } from '../lib/overseas/regionRules.ts';
import { fullWidthPunctuation } from '../lib/typography/punctuation.ts';
import { HOTLINE_12330, HOTLINE_12345, type CallView } from '../lib/services/wayForward.ts';

/** The guide's sections the planner page links to before the planner: what its dates leave out. */
const CONTEXT_SECTIONS = ['step-2', 'step-3', 'counting', 'missed'] as const;

export async function plannerPage(lang: Lang) {
  const file = contentLang(lang);
  const entry = await getEntry('overseas', file);
  if (!entry) throw new Error(`缺少 content/overseas/${file}.mdx / content/overseas/${file}.mdx is missing`);
  const { headings } = await render(entry);
  const guide = localePath(lang, '/overseas/');
  /** A section of the guide by its heading's id: its heading as the link's words. */
  const section = (slug: string) => {
    const heading = headings.find((h) => h.slug === slug);
    if (!heading)
      throw new Error(
        `content/overseas/${file}.mdx: 缺少 {#${slug}} 标题 / has no heading {#${slug}}, which the filing planner's page links to`,
      );
    return { label: heading.text, href: `${guide}#${slug}` };
  };
  const services = await getCollection('services');
  const help: FilingHelpBody[] = servicesInSection(entry.body ?? '', FILING_HELP_SECTION).flatMap((slug) => {
    const record = services.find((s) => s.id === slug);
    if (!record || isProposed(record.data)) return [];
    const { phone, address } = record.data.contact;
    return [
      {
        slug,
        name: inLang(record.data.name, lang),
        href: localePath(lang, `/services/${slug}/`),
        contacts: [
          ...(phone ? [{ value: phone.value, href: `tel:${phone.value.replace(/[^\d+]/g, '')}` }] : []),
          ...(address ? [{ value: address.value }] : []),
        ],
      },
    ];
  });
  const rulesFile = `content/pages/${file}/foreign-companies.md`;
  const rulesEntry = await getEntry('pages', `${file}/foreign-companies`);
  if (!rulesEntry) throw new Error(`缺少 ${rulesFile} / ${rulesFile} is missing: the filing planner shows its rules`);
  // The words go into the form's data, an attribute the page pass does not widen: widen them here, as t() does.
  const widen = typographyOf(lang) === 'cjk' ? fullWidthPunctuation : (text: string) => text;
  const rules = regionRules(rulesEntry.body ?? '', rulesFile);
  // The national hotlines, as a service page's "where else to ask" offers them: 12330 for IP rights protection
  // assistance and complaints (sourced on its own page, the first of its facts), then 12345, the government
  // service hotline. Paper has no link to follow, so the printed checklist needs the numbers themselves.
  const hotline = services.find((s) => s.id === HOTLINE_12330.slug)?.data.facts[0]?.source;
  if (!hotline)
    throw new Error(
      `content/services/${SOURCE_LANG}/${HOTLINE_12330.slug}.md: 找不到12330热线的来源(facts 的第一条)/ the 12330 hotline's source (its first fact) is missing; the filing planner's "who can help" cites it`,
    );
  const hotlines: CallView[] = [
    { kind: 'disputes', number: HOTLINE_12330.number, source: hotline },
    { kind: 'general', number: HOTLINE_12345.number, source: HOTLINE_12345.source },
  ];
  return {
    guide: { href: guide, checked: entry.data.updated },
    regionRules: Object.fromEntries(Object.entries(rules).map(([key, text]) => [key, widen(text)])) as typeof rules,
    hotlines,
    context: CONTEXT_SECTIONS.map(section),
    help,
    helpSection: section(FILING_HELP_SECTION),
    sources: section('sources'),
    sourceFile: `content/overseas/${file}.mdx`,
  };
}
