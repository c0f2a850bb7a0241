// The change log (/changelog/) as a reader sees it.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';
import { LOCALES, contentLang, localePath } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { asShownIn } from '../../src/i18n/converters.ts';
import { CHANGE_KINDS } from '../../src/lib/content/changeKinds.ts';
import { layoutOnly } from '../../src/lib/content/layoutOnly.ts';
import { pageForContentFile } from '../../src/lib/content/pageForFile.ts';

describe('the change log', () => {
  it('names every changed page in the change log by its title, never by its address', () => {
    for (const url of ['/changelog/', '/en/changelog/']) {
      const named = page(url)
        .querySelectorAll('.changelog li a')
        .map((a) => a.textContent.trim());
      expect(
        named.filter((text) => text.startsWith('/')),
        url,
      ).toEqual([]);
    }
  });

  it.each(LOCALES)('says in %s what changed on each page, in the reader’s words, never a commit’s note', (lang) => {
    const t = useTranslations(lang);
    const url = localePath(lang, '/changelog/');
    const shown = asShownIn(lang);
    const words = CHANGE_KINDS.map((kind) => shown(t(`changelog.kind.${kind}`)));
    const items = page(url).querySelectorAll('.changelog__pages > li');
    expect(items.length, url).toBeGreaterThan(0);
    const unexplained = items
      .map((li) => ({
        title: li.querySelector('a')!.textContent,
        said: li.textContent.slice(li.querySelector('a')!.textContent.length),
      }))
      .filter(({ said }) => !/^[:：]/.test(said) || !words.some((word) => said.includes(word)));
    expect(unexplained, url).toEqual([]);
    expect(page(url).querySelectorAll('.changelog__notes'), url).toHaveLength(0);
  });
});

/** Markdown changes git's markdown driver (.gitattributes) places under a heading: the hunk header names it. */
function changesUnderHeadings(): Array<{ date: string; file: string; heading: string; lines: string[] }> {
  const log = execFileSync(
    'git',
    ['log', '-p', '--unified=0', '--no-renames', '--no-color', '--format=%x1e%as', '--', 'content/'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const found: Array<{ date: string; file: string; heading: string; lines: string[] }> = [];
  for (const commit of log.split('\x1e').filter(Boolean)) {
    const [date, ...lines] = commit.split('\n');
    let file = '';
    for (const line of lines) {
      const diff = /^diff --git a\/.+ b\/(.+)$/.exec(line);
      // git cuts a hunk header at 80 bytes: only a header that ends where its heading ends names it whole.
      const hunk = /^@@ [^@]+ @@ #{1,6} (.+)$/.exec(line);
      if (diff) file = diff[1];
      else if (hunk && Buffer.byteLength(line) < 75 && /\.mdx?$/.test(file))
        found.push({ date, file, heading: hunk[1].replace(/\s*\\?\{#[\w-]+\\?\}\s*$/, ''), lines: [] });
      else if (/^[+-]/.test(line) && !/^(\+\+\+|---) /.test(line)) found.at(-1)?.lines.push(line);
    }
  }
  // Headings as plain words, and changes to text (not to headings, blank lines or only punctuation).
  return found.filter(
    ({ heading, lines }) =>
      !/[*_`[\]]/.test(heading) &&
      lines.every((line) => !/^[+-]\s{0,3}#/.test(line)) &&
      lines.some((line) => line.startsWith('+') && line.slice(1).trim()) &&
      !layoutOnly(
        lines.filter((l) => l.startsWith('-')).map((l) => l.slice(1)),
        lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1)),
      ),
  );
}

describe('where the change log says the wording changed', () => {
  const changes = changesUnderHeadings();
  /** The words of a pattern around its slots ("{total} places, including {places}" → " places, including "). */
  const tail = (pattern: string) => pattern.split(/\{\w+\}/).sort((a, b) => b.length - a.length)[0];

  it.each(LOCALES)('names in %s the section of each page a day changed text under a heading', (lang) => {
    const t = useTranslations(lang);
    const shown = asShownIn(lang);
    const mine = changes.filter(({ file }) => pageForContentFile(file)?.lang === contentLang(lang));
    expect(mine.length, 'Markdown changes under a heading in git').toBeGreaterThan(0);
    const url = localePath(lang, '/changelog/');
    const days = page(url).querySelectorAll('.changelog > li');
    let named = 0;
    for (const { date, file, heading } of mine) {
      const day = days.find(
        (li) => li.querySelector(`time[datetime="${date}"]`) && li.querySelector('.changelog__pages'),
      );
      const path = localePath(lang, pageForContentFile(file)!.path);
      const item = day
        ?.querySelectorAll('.changelog__pages > li')
        .find((li) => li.querySelector('a')?.getAttribute('href') === path);
      if (!item) continue; // a page the change log does not list
      const said = item.textContent;
      if (said.includes(shown(heading))) named += 1;
      // Otherwise the page was new that day, or three other places are named and the rest counted.
      else
        expect(
          [t('changelog.kind.added'), tail(t('changelog.place.more')), tail(t('changelog.place.elsewhere'))].some(
            (words) => said.includes(shown(words)),
          ),
          `${date} ${file}: “${heading}” in ${said}`,
        ).toBe(true);
    }
    expect(named, url).toBeGreaterThan(0);
  });
});
