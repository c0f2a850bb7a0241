// Who can help file abroad, as the overseas guide says it: the service bodies its "Who can help you file"
// section links to (content/overseas/<lang>.mdx, {#who-can-help}). The planner's printed checklist ends with
// them, so the guide's editors keep one list and the checklist follows it.

/** The id of the guide's section naming the bodies that help file abroad. */
export const FILING_HELP_SECTION = 'who-can-help';

/** A body that helps, as the checklist shows it: its name, its page, and the contact details it has published. */
export interface FilingHelpBody {
  slug: string;
  name: string;
  href: string;
  contacts: Array<{ value: string; href?: string }>;
}

const HEADING = /^#{1,6}\s/;
const SERVICE_LINK = /\]\((?:\/[a-z-]+)?\/services\/([a-z0-9-]+)\/\)/g;

/** The services (their slugs, in the order the text names them, each once) that the section with heading id
 *  `id` links to; the section runs to the next heading of any level. Empty when the body has no such section. */
export function servicesInSection(body: string, id: string): string[] {
  const slugs: string[] = [];
  let inside = false;
  for (const line of body.split('\n')) {
    if (HEADING.test(line)) inside = line.includes(`{#${id}\\}`) || line.includes(`{#${id}}`);
    else if (inside) for (const [, slug] of line.matchAll(SERVICE_LINK)) if (!slugs.includes(slug)) slugs.push(slug);
  }
  return slugs;
}
