// An Atom feed (RFC 4287) as text: the change log's entries for a feed reader, so a reporter learns of a change
// without visiting the page. Pure: the caller gives the addresses, absolute with SITE_URL, else paths (an Atom
// link may be relative, resolved against the feed's own address, RFC 4287 §2 and RFC 3986).

export interface AtomEntry {
  /** A permanent, unique IRI (RFC 4287 §4.2.6). */
  id: string;
  title: string;
  /** YYYY-MM-DD: the day of the change. */
  updated: string;
  href: string;
  /** The entry in HTML (escaped into the feed as type="html"). */
  html: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** The language tag of its text (xml:lang). */
  lang: string;
  author: string;
  /** The feed's own address and the page it mirrors. */
  self: string;
  alternate: string;
  entries: AtomEntry[];
}

/** Text or an attribute value made safe for XML. */
export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A day as Atom's date-time: the change log knows days, not hours. */
const dateTime = (day: string) => `${day}T00:00:00Z`;

export function atomFeed(feed: AtomFeed): string {
  // The feed is as new as its newest entry: no clock, so the same content builds the same feed.
  const updated =
    feed.entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? '1970-01-01';
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${dateTime(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.href)}"/>`,
      `    <content type="html">${escapeXml(entry.html)}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${dateTime(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
