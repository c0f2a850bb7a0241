// The change log as an Atom feed, one per language (/changelog/atom.xml): the same entries as /changelog/, in
// the same words (changeWords.ts), so the feed and the page never tell a change differently.
import { createHash } from 'node:crypto';
import { localePath, typographyOf, type Lang } from '../i18n/locales.ts';
import { fullWidthPunctuation } from '../lib/typography/punctuation.ts';
import { LOCALE_INFO } from '../i18n/localeTable.ts';
import { useTranslations } from '../i18n/t.ts';
import { atomFeed, escapeXml, type AtomEntry } from '../lib/content/atomFeed.ts';
import { changeKindsInWords } from '../lib/content/changeWords.ts';
import type { ChangelogEntry } from '../lib/content/changelog.ts';
import { operatorName } from '../lib/site/identity.ts';
import { formatAsOf } from '../lib/targets/format.ts';
import { SITE_IDENTITY, SITE_URL } from '../site.config.ts';
import { changelogView } from './changelog.ts';

export const CHANGELOG_FEED = '/changelog/atom.xml';

/** Where a day's changes stand on /changelog/ (its list item's id). */
export const changeDayAnchor = (date: string) => `changes-${date}`;

/** An address as the feed gives it: absolute with SITE_URL, else the path, which a reader resolves against the
 *  feed's own address. */
const address = (path: string) => (SITE_URL ? new URL(path, SITE_URL).href : path);

/** A permanent id that names no host when the build has none: a name-based UUID (RFC 4122 §4.3, SHA-1) of what
 *  the entry is, so the same change keeps its id from build to build. */
function uuidOf(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Text in the language's punctuation, as the page pass sets the page's (it reads a page's lang; a feed has
 *  none, and its entries' HTML is text to it). */
const typeset = (text: string, lang: Lang) => (typographyOf(lang) === 'cjk' ? fullWidthPunctuation(text) : text);

function entryOf(entry: ChangelogEntry, lang: Lang): AtomEntry {
  const t = useTranslations(lang);
  const page = localePath(lang, '/changelog/');
  if (entry.kind === 'snapshot')
    return {
      id: uuidOf(`${entry.url}|${entry.date}`),
      title: typeset(entry.title, lang),
      updated: entry.date,
      href: address(entry.url),
      html: `<p>${escapeXml(typeset(`${t('changelog.snapshot')}${t('changelog.what')}`, lang))}<a href="${escapeXml(address(entry.url))}">${escapeXml(typeset(entry.title, lang))}</a></p>`,
    };
  const items = entry.pages.map(
    (changed) =>
      `<li><a href="${escapeXml(address(changed.url))}">${escapeXml(typeset(changed.title, lang))}</a>${escapeXml(
        typeset(t('changelog.what') + changeKindsInWords(changed.kinds, lang, changed.places, changed.values), lang),
      )}</li>`,
  );
  return {
    id: uuidOf(`${page}#${changeDayAnchor(entry.date)}`),
    title: `${formatAsOf(entry.date, lang)} · ${t('changelog.change')}`,
    updated: entry.date,
    href: address(`${page}#${changeDayAnchor(entry.date)}`),
    html: `<ul>${items.join('')}</ul>`,
  };
}

/** The feed of one language, as text. */
export async function changelogFeed(lang: Lang): Promise<string> {
  const t = useTranslations(lang);
  const { entries } = await changelogView(lang);
  const self = localePath(lang, CHANGELOG_FEED);
  return atomFeed({
    id: uuidOf(self),
    title: `${t('changelog.title')} - ${t('site.name')}`,
    subtitle: t('changelog.intro'),
    lang: LOCALE_INFO[lang].rss,
    author: operatorName(SITE_IDENTITY, lang, t),
    self: address(self),
    alternate: address(localePath(lang, '/changelog/')),
    entries: entries.map((entry) => entryOf(entry, lang)),
  });
}
