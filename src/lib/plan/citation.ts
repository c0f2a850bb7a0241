// How a clause of the plan is cited: in GB/T 7714-2015 style (the Chinese standard for references; an online
// official document is an electronic resource, [EB/OL], with its issue date in round brackets and the date it
// was read in square ones) and in plain English. The title, issuer and date come from the plan's facts
// (src/lib/plan/facts.ts) through the page; the reader's browser supplies the address and the day it is read.

export interface ClauseCitationFacts {
  /** Issuer and title as the citation's language names them. */
  issuer: string;
  title: string;
  /** The clause's number in the plan's own numbering (四(五)1 / IV (5) 1); undefined for the whole plan. */
  clause?: string;
  /** The date of issue, YYYY-MM-DD. */
  issued: string;
  /** The address of the clause: the page's URL with the clause's #anchor. */
  url: string;
  /** The day the reader reads it, YYYY-MM-DD. */
  accessed: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDates(facts: ClauseCitationFacts): void {
  for (const field of ['issued', 'accessed'] as const)
    if (!ISO_DATE.test(facts[field])) throw new Error(`citation: ${field} "${facts[field]}" is not a YYYY-MM-DD date`);
}

/** GB/T 7714-2015, 4.1 and 8.8 (electronic resources): 主要责任者. 题名: 其他题名信息[EB/OL]. (发布日期)[引用日期]. 获取和访问路径. */
export function citeGbt7714(facts: ClauseCitationFacts): string {
  checkDates(facts);
  const title = facts.clause ? `${facts.title}: ${facts.clause}` : facts.title;
  return `${facts.issuer}. ${title}[EB/OL]. (${facts.issued})[${facts.accessed}]. ${facts.url}.`;
}

/** Plain English, author–date (a citation in English whatever the page's language, so its words are fixed):
 *  issuer (year) title, clause. Issued date. Note (which text was read). Available at: URL (accessed date). */
export function citeEnglish(facts: ClauseCitationFacts, note?: string): string {
  checkDates(facts);
  const day = (iso: string) =>
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  return [
    `${facts.issuer} (${facts.issued.slice(0, 4)}) ${facts.title}`,
    facts.clause && `, clause ${facts.clause}`,
    `. Issued ${day(facts.issued)}.`,
    note && ` ${note.replace(/\.?$/, '.')}`,
    ` Available at: ${facts.url} (accessed ${day(facts.accessed)}).`,
  ]
    .filter(Boolean)
    .join('');
}
