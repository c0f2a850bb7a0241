// What an English reader sees on every built English page (issue 26): the programme under one name, dates
// in words, en dashes in ranges of years, straight apostrophes, and every Chinese source with its English
// gloss beside the original. The content check holds the content files to the same rules; this checks what
// components, UI strings and metadata add around them.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { page, pageUrls } from '../support/dist.ts';
import { parseContent } from '../../src/lib/content/parse.ts';
import { progressRecord } from '../../src/lib/schemas/progress.ts';
import { useTranslations } from '../../src/i18n/t.ts';

const enUrls = pageUrls().filter((url) => url.startsWith('/en/'));
const en = useTranslations('en');
const HAN = /\p{Script=Han}/u;
const terms = JSON.parse(readFileSync('content/glossary/terms.json', 'utf8')) as Array<{ zh: string; en: string }>;
const programme = terms.find((t) => t.zh === '知识产权强市')!.en;

/** The English a reader sees: no scripts, styles, hidden parts, code, or text marked as Chinese. The filing
 *  planner's date hints are left out: its date fields take YYYY-MM-DD where a browser shows plain text. */
const seen = new Map<HTMLElement, string>();
function englishText(doc: HTMLElement): string {
  if (seen.has(doc)) return seen.get(doc)!;
  const body = doc.querySelector('body')!.clone() as HTMLElement;
  for (const el of body.querySelectorAll(
    'script, style, template, [hidden], code, pre, [lang^="zh"], #priority-date-hint, #fair-date-hint',
  ))
    el.remove();
  seen.set(doc, body.textContent.replace(/\s+/g, ' '));
  return seen.get(doc)!;
}

/** The title and the descriptions a search engine or a share shows. */
function headText(doc: HTMLElement): string {
  const described = doc.querySelectorAll(
    'meta[name="description"], meta[property="og:title"], meta[property="og:description"], meta[property="og:site_name"]',
  );
  return [doc.querySelector('title')?.textContent ?? '', ...described.map((m) => m.getAttribute('content'))].join(
    ' | ',
  );
}

describe('English pages', () => {
  it('are built, so the checks below have pages to read', () => {
    expect(enUrls.length).toBeGreaterThan(0);
  });

  it.each(enUrls)('%s names the programme one way, in its text and its metadata', (url) => {
    const text = `${englishText(page(url))} | ${headText(page(url))}`;
    expect(text).not.toMatch(/\bIP[- ]strong\b|\bstrong IP (?:city|cities)\b/i);
  });

  it.each(enUrls)('%s writes dates in words and ranges of years with an en dash', (url) => {
    const text = `${englishText(page(url))} | ${headText(page(url))}`;
    expect(text.match(/\b(?:19|20)\d\d-\d\d-\d\d\b/g)).toBeNull();
    expect(text.match(/\b(?:19|20)\d\d-(?:19|20)\d\d\b/g)).toBeNull();
  });

  it.each(enUrls)(
    '%s gives document numbers in English form (Guo Ban Fa [2020] No. 53), not in Chinese script',
    (url) => {
      // Issue 27: a 国办发〔2020〕53号 left in English text reads as untranslated; a Chinese original marked as such may keep it.
      expect(englishText(page(url)).match(/〔\d{4}〕/g)).toBeNull();
    },
  );

  it.each(enUrls)('%s uses straight apostrophes', (url) => {
    expect(englishText(page(url)).match(/[‘’]/g)).toBeNull();
  });

  it("gives the site and the plan the glossary's name for the programme", () => {
    expect(en('site.name')).toContain(programme);
    expect(page('/en/').querySelector('h1')?.textContent).toContain(programme);
  });
});

describe('sources on English pages', () => {
  const records = readdirSync('content/progress/zh').map((file) => {
    const { data } = parseContent(file, readFileSync(`content/progress/zh/${file}`, 'utf8'));
    return { slug: file.replace(/\.md$/, ''), sources: progressRecord.parse(data).sources };
  });
  const cited = enUrls.flatMap((url) =>
    page(url)
      .querySelectorAll('[data-source]')
      .map((el) => ({ url, el })),
  );

  it('lists every source of a progress record on its English page', () => {
    for (const { slug, sources } of records) {
      expect(page(`/en/progress/${slug}/`).querySelectorAll('.sources [data-source]')).toHaveLength(sources.length);
    }
  });

  it('shows each Chinese title or publisher in English, with the original beside it marked as Chinese', () => {
    const chinese = cited.filter(({ el }) => HAN.test(el.textContent));
    expect(chinese.length).toBeGreaterThan(0);
    for (const { url, el } of cited) {
      const english = el.clone() as HTMLElement;
      for (const original of english.querySelectorAll('[data-source-original]')) original.remove();
      expect(english.textContent, `${url}: ${el.textContent}`).not.toMatch(HAN);
      for (const original of el.querySelectorAll('[data-source-original]'))
        expect(original.getAttribute('lang'), url).toBe('zh-CN');
    }
  });

  it('writes the date of every source in words', () => {
    for (const { el } of cited) expect(el.querySelector('time')?.textContent).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  });
});
