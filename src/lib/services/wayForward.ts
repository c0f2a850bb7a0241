// Where a reader can ask when a service body's own contact details are not published: only channels with a
// source of their own, never a guess about the body. Calls first, the one that fits the reader's errand first:
// for a body that helps with disputes, the national 12330 IP hotline (with the guide to an infringement), then
// for every body the 12345 hotline, asking for the body by name (every local government service hotline was
// merged into it, 国办发〔2020〕53号). Then the unit the plan makes responsible for the clause that names the
// body, and the official site of a national body when the page's own sources already cite it. The calls'
// sources are listed at the end of the page, not beside the number (at 320 px with 200% text the 12345
// citation alone took a screen).
import type { Source } from '../schemas/common.ts';
import { extractResponsibleUnits } from '../plan/responsibleUnits.ts';

/** The 12345 government service hotline and the State Council document that made it every locality's one
 *  number for government services: "各地区归并后的热线统一为'12345政务服务便民热线'…提供'7×24小时'全天候人工服务". */
export const HOTLINE_12345 = {
  number: '12345',
  source: {
    title: '国务院办公厅关于进一步优化地方政务服务便民热线的指导意见(国办发〔2020〕53号)',
    titleEn:
      'Guiding Opinions of the General Office of the State Council on Further Optimising Local Government Service Hotlines (Guo Ban Fa [2020] No. 53)',
    publisher: '国务院办公厅',
    publisherEn: 'General Office of the State Council',
    url: 'https://www.gov.cn/zhengce/content/2021-01/06/content_5577419.htm',
    date: '2021-01-06',
  } satisfies Source,
};

/** The national IP rights protection assistance and complaint line; what it does is sourced on its own service
 *  page (content/services/zh/hotline-12330.md, the first of its facts), which the way forward links to. */
export const HOTLINE_12330 = { number: '12330', slug: 'hotline-12330' };

/** A number to call, with the source that says what it is. */
export interface CallChannel {
  number: string;
  source: Source;
}

/** What a call is for: `disputes` is 12330 (with the infringement guide); `by-name` is 12345 asking for the
 *  body by name; `general` is 12345 as the government service hotline, on the 12330 line's own page, where
 *  asking 12345 for 12330 would send the reader round in a circle. */
export type CallKind = 'disputes' | 'by-name' | 'general';

/** The calls a body's page offers, the one that fits the reader's errand first. Every body offers 12345 by
 *  name; a body that helps with disputes offers 12330 before it (an infringement or dispute is what 12330 is
 *  for). The 12330 line's own page says how to call it; its way forward offers 12345 itself. */
export function callsFor(data: { kind: string; needs: readonly string[] }): CallKind[] {
  if (data.kind === 'hotline') return ['general'];
  return data.needs.includes('disputes') ? ['disputes', 'by-name'] : ['by-name'];
}

/** One call in the way forward: for `by-name`, the name to ask for in the page's language and, on a
 *  translated page, in the source language too (the operator is asked in Chinese: the name the plan uses). */
export interface CallView extends CallChannel {
  kind: CallKind;
  askFor?: { name: string; original?: string };
}

/** A service page's way forward, as src/data/services.ts assembles it for WayForward.astro. */
export interface WayForwardView {
  /** The calls to offer, in order (callsFor). */
  calls: CallView[];
  /** For a body that helps with disputes: the guide to an infringement or dispute in China, in the page's language. */
  guide?: string;
  /** The hotline's own page on this site (for 12330), where the reader learns what the line does. */
  callPage?: string;
  /** The unit leading the first clause naming the body that lists its units, linked to the units matrix. */
  unit?: { name: string; href: string; clause: { href: string; label: string } };
  sites: OfficialSite[];
  /** The body's own address, phone or official website is published on the page. */
  reachable: boolean;
}

/** A reader can reach the body from its own page: its address, phone or official website is published (a site
 *  is a real way forward: a court or a bureau answers through it), or it is a hotline whose number is its name
 *  and whose text says how to call it. The finder's cards and the service page agree on this. */
export function hasOwnContact(data: {
  kind: string;
  contact?: { address?: unknown; phone?: unknown; website?: unknown };
}): boolean {
  return Boolean(data.contact?.address || data.contact?.phone || data.contact?.website) || data.kind === 'hotline';
}

/** Sites of national bodies (CNIPA, and its former sipo.gov.cn address): a page that cites one may point there. */
const NATIONAL_HOSTS = ['cnipa.gov.cn', 'sipo.gov.cn'];

export interface OfficialSite {
  /** The site's home address, e.g. https://english.cnipa.gov.cn/. */
  href: string;
  /** The source whose publisher names the site (its gloss for English pages). */
  source: Source;
}

/** The national bodies' sites among a page's sources, one per site, in the order the page cites them. */
export function nationalSites(sources: Source[]): OfficialSite[] {
  const sites = new Map<string, OfficialSite>();
  for (const source of sources) {
    if (!source.url || !URL.canParse(source.url)) continue;
    const url = new URL(source.url);
    const national = NATIONAL_HOSTS.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`));
    if (national && !sites.has(url.origin)) sites.set(url.origin, { href: `${url.origin}/`, source });
  }
  return [...sites.values()];
}

/** The unit leading the first of `clauses` (Chinese clause texts, in the record's order) that lists its
 *  responsible units, with that clause's id; undefined when none of them lists any. A lead that is the body
 *  itself (市中级人民法院 on 常州市中级人民法院's page: its Chinese name ends with the unit's) is passed over:
 *  the reader would be sent to ask the body they are reading about. */
export function responsibleUnit(
  clauses: { id: string; text: string }[],
  body?: string,
): { name: string; clause: string } | undefined {
  for (const clause of clauses) {
    const [lead] = extractResponsibleUnits(clause.text);
    if (lead && !body?.endsWith(lead)) return { name: lead, clause: clause.id };
  }
  return undefined;
}
