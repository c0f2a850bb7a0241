// How a clause of the plan is cited: in GB/T 7714-2015 style (the Chinese standard for references) and in
// plain English. The text is read on this site, a reproduction, so a citation names the original (issuer,
// title, clause, date of issue; its own address only when an editor has found it) and then says where it was
// read: GB/T 7714's 转引自 (cited from) with the site's name, "非官方网站" when it is not an official site,
// [EB/OL], the day read in square brackets and the clause's address. The original is cited as [Z] (another
// kind of document) without its address, since its address is not known; with it, as [EB/OL]. The title,
// issuer and date come from the plan's facts (src/lib/plan/facts.ts) through the page; the reader's browser
// supplies the address and the day it is read.

export interface ClauseCitationFacts {
  /** Issuer and title as the citation's language names them. */
  issuer: string;
  title: string;
  /** The clause as a citation names it (src/lib/plan/clauseRef.ts citedClause); undefined for the whole plan. */
  clause?: string;
  /** The date of issue, YYYY-MM-DD. */
  issued: string;
  /** The original's own address, when an editor has found it (the notice file's publication.originalUrl). */
  originalUrl?: string;
  /** The site the text was read on: its name in the citation's language, and whether it is official. */
  site: { name: string; official: boolean };
  /** The address of the clause on this site: the page's URL with the clause's #anchor. */
  url: string;
  /** The day the reader reads it, YYYY-MM-DD. */
  accessed: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDates(facts: ClauseCitationFacts): void {
  for (const field of ['issued', 'accessed'] as const)
    if (!ISO_DATE.test(facts[field])) throw new Error(`citation: ${field} "${facts[field]}" is not a YYYY-MM-DD date`);
}

/** GB/T 7714-2015, 4.1 and 8.8: 主要责任者. 题名: 其他题名信息[Z]. 日期. 转引自: 网站名[EB/OL]. [引用日期]. 获取和访问路径. */
export function citeGbt7714(facts: ClauseCitationFacts): string {
  checkDates(facts);
  const title = facts.clause ? `${facts.title}: ${facts.clause}` : facts.title;
  const original = facts.originalUrl
    ? `${facts.issuer}. ${title}[EB/OL]. (${facts.issued}). ${facts.originalUrl}.`
    : `${facts.issuer}. ${title}[Z]. ${facts.issued}.`;
  const site = facts.site.official ? facts.site.name : `${facts.site.name}(非官方网站)`;
  return `${original} 转引自: ${site}[EB/OL]. [${facts.accessed}]. ${facts.url}.`;
}

/** Plain English, author–date (a citation in English whatever the page's language, so its words are fixed):
 *  issuer (year) title, clause. Issued date. [Original at: URL.] Note (which text was read). Reproduced on
 *  site (unofficial). Available at: URL (accessed date). */
export function citeEnglish(facts: ClauseCitationFacts, note?: string): string {
  checkDates(facts);
  const day = (iso: string) =>
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  return [
    `${facts.issuer} (${facts.issued.slice(0, 4)}) ${facts.title}`,
    facts.clause && `, clause ${facts.clause}`,
    `. Issued ${day(facts.issued)}.`,
    facts.originalUrl && ` Original at: ${facts.originalUrl}.`,
    note && ` ${note.replace(/\.?$/, '.')}`,
    ` Reproduced on the ${facts.site.official ? '' : 'unofficial '}website "${facts.site.name}".`,
    ` Available at: ${facts.url} (accessed ${day(facts.accessed)}).`,
  ]
    .filter(Boolean)
    .join('');
}
