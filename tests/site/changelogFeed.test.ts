// What a reporter uses to follow and cite the site's changes: the change log's Atom feed in every language (the
// same entries as /changelog/), the ways to it from /plan/ and /about/, and a changed fact told old → new.
// (That each feed parses as XML in a browser: tests/browser/changelogFeed.spec.ts.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileForUrl, page } from '../support/dist.ts';
import { LOCALES, contentLang, localePath } from '../../src/i18n/locales.ts';
import { contentChanges } from '../../src/data/history.ts';
import { pageForContentFile } from '../../src/lib/content/pageForFile.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { asShownIn } from '../../src/i18n/converters.ts';
import { formatAsOf } from '../../src/lib/targets/format.ts';

const feedOf = (lang: (typeof LOCALES)[number]) =>
  readFileSync(fileForUrl(localePath(lang, '/changelog/atom.xml')), 'utf8');
const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the change log’s feed', () => {
  it.each(LOCALES)('%s: is Atom with one entry per day or record the page lists, each linking to it', (lang) => {
    const feed = feedOf(lang);
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(
      true,
    );
    const items = page(localePath(lang, '/changelog/')).querySelectorAll('.changelog > li');
    const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]);
    expect(items.length).toBeGreaterThan(0);
    expect(entries).toHaveLength(items.length);
    entries.forEach((entry, n) => {
      const item = items[n];
      const href = /<link rel="alternate" type="text\/html" href="([^"]+)"\/>/.exec(entry)![1];
      // A day of changes links to its place on the page, a progress record to its own page.
      const expected = item.id
        ? `${localePath(lang, '/changelog/')}#${item.id}`
        : item.querySelector('a')!.getAttribute('href');
      expect(href, `entry ${n}`).toBe(expected);
      expect(entry, `entry ${n}`).toContain(`<updated>${item.querySelector('time')!.getAttribute('datetime')}T`);
      // Each page the day changed, with the same words as the page.
      const content = unescape(/<content type="html">([\s\S]*?)<\/content>/.exec(entry)![1]);
      for (const li of item.querySelectorAll('.changelog__pages > li'))
        expect(unescape(content.replace(/<[^>]+>/g, '')), `entry ${n}`).toContain(li.text.trim());
    });
  });

  it.each(LOCALES)('%s: is advertised in the page’s head and offered in words on it', (lang) => {
    const changelog = page(localePath(lang, '/changelog/'));
    const feed = localePath(lang, '/changelog/atom.xml');
    expect(changelog.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe(
      feed,
    );
    const link = changelog.querySelector('[data-changelog-feed] a');
    expect(link?.getAttribute('href')).toBe(feed);
    expect(link?.textContent.trim()).toBe(asShownIn(lang)(useTranslations(lang)('changelog.subscribe')));
  });
});

describe('the change log is reachable beyond the footer', () => {
  it.each(LOCALES)('%s: from /plan/ and /about/', (lang) => {
    const changelog = localePath(lang, '/changelog/');
    for (const path of ['/plan/', '/about/']) {
      const links = page(localePath(lang, path)).querySelectorAll(`main a[href="${changelog}"]`);
      expect(links.length, path).toBeGreaterThan(0);
    }
  });
});

// The facts the content's history changed in place, as the build read them (src/data/history.ts), on a day
// their page was not new (a new page is told as new, with no old values).
const factChanges = contentChanges().flatMap(({ date, changes }) =>
  changes.flatMap((change) => (change.values ?? []).map((value) => ({ date, file: change.file, ...value }))),
);

/** The changed facts the change log in `lang` tells, each with the line that tells it. */
function toldIn(lang: (typeof LOCALES)[number]) {
  return factChanges.flatMap(({ date, file, field, from, to }) => {
    const place = pageForContentFile(file);
    if (!place?.listed || (place.lang && place.lang !== contentLang(lang))) return [];
    const line = page(localePath(lang, '/changelog/'))
      .querySelector(`#changes-${date}`)
      ?.querySelectorAll('.changelog__pages > li')
      .find((li) => li.querySelector('a')?.getAttribute('href') === localePath(lang, place.path));
    if (!line || line.text.includes(asShownIn(lang)(useTranslations(lang)('changelog.kind.added')))) return [];
    const shown = (value: string) => asShownIn(lang)(/^\d{4}-\d{2}/.test(value) ? formatAsOf(value, lang) : value);
    return [{ field, said: line.text, expected: `${shown(from)} → ${shown(to)}` }];
  });
}

describe('a changed fact', () => {
  // Skipped while the history holds no fact changed on a day its page was not new (unit-tested in valueChanges).
  it.skipIf(LOCALES.every((lang) => toldIn(lang).length === 0)).each(LOCALES)(
    '%s: is told with its old and new value',
    (lang) => {
      for (const { field, said, expected } of toldIn(lang)) expect(said, field).toContain(expected);
    },
  );
});
