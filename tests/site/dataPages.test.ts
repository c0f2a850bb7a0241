// The open-data pages (/data/ and what lies under it) explain each published field to the people who reuse the
// files, in the page's own language. On a page in a Latin-script language no Chinese shows except where it is
// marked as Chinese (a language's own name in the language menu), and no field is explained by a schema hint
// written for editors ("280亿元 is 28000000000", "e.g. 28000000000").
import { describe, expect, it } from 'vitest';
import { page, pageUrls } from '../support/dist.ts';
import { LOCALES, localePath, typographyOf } from '../../src/i18n/locales.ts';

const HAN = /\p{Script=Han}+/gu;
/** An editor's example of a raw figure: "is 28000000000", "e.g. 28000000000", "(如 280亿元 记作 28000000000)". */
const SCHEMA_HINT = /\b(?:is|e\.g\.|eg|for example)\s+\d{5,}|记作\s*\d{5,}/i;

const latinDataPages = LOCALES.filter((lang) => typographyOf(lang) === 'latin').flatMap((lang) =>
  pageUrls().filter((url) => url.startsWith(localePath(lang, '/data/'))),
);
const allDataPages = LOCALES.flatMap((lang) => pageUrls().filter((url) => url.startsWith(localePath(lang, '/data/'))));

/** The text of <main> as a reader sees it, without what is marked as being in another language. */
function mainText(url: string, dropMarkedChinese: boolean): string {
  const main = page(url).querySelector('main')!.clone() as ReturnType<typeof page>;
  const dropped = dropMarkedChinese ? 'script, style, [lang^="zh"]' : 'script, style';
  for (const el of main.querySelectorAll(dropped)) el.remove();
  return main.textContent.replace(/\s+/g, ' ');
}

describe('open-data pages', () => {
  it('exist in every Latin-script language', () => {
    expect(latinDataPages.length).toBeGreaterThan(0);
  });

  it.each(latinDataPages)('%s shows no Chinese words a reader of the page cannot read', (url) => {
    const body = page(url).querySelector('body')!.clone() as ReturnType<typeof page>;
    for (const el of body.querySelectorAll('script, style, [lang^="zh"]')) el.remove();
    expect(body.textContent.match(HAN) ?? []).toEqual([]);
  });

  it.each(allDataPages)('%s explains fields without editors’ schema hints', (url) => {
    expect(mainText(url, false)).not.toMatch(SCHEMA_HINT);
  });
});
