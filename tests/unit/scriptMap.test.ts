// The 繁體 search page's map from Simplified input to the edition's characters (src/lib/search/scriptMap.ts):
// a query typed in Simplified is searched for as the edition writes it, Taiwan's words for the site's, and
// the map survives the page's own conversion of its data blocks.
import { describe, expect, it } from 'vitest';
import { CONVERTERS } from '../../src/i18n/converters.ts';
import { convertWith, scriptMapFrom, scriptMapJson, withRegionalWords } from '../../src/lib/search/scriptMap.ts';
import { TAIWAN_SEARCH_TERMS } from '../../src/i18n/searchTerms.tw.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const words = (text: string) => [...segmenter.segment(text)];
// A small site: 发 is mostly 發, but 头发 is 頭髮; 并 is 並, but 归并 is 歸併.
const SITE = ['发布知识产权发展报告,商标注册', '发明专利,头发', '热线归并为12345,并且'];
const mapOf = (texts: string[]) =>
  scriptMapFrom(
    texts.map((text): [string, string] => [text, CONVERTERS.s2t(text)]),
    words,
  );

describe('the search page’s script map', () => {
  it('writes a Simplified query as the edition writes it', () => {
    const convert = convertWith(mapOf(SITE));
    for (const query of ['知识产权', '商标注册', '发明专利', '头发', '归并', '并且'])
      expect(convert(query)).toBe(CONVERTERS.s2t(query));
  });

  it('leaves Traditional text, Latin letters and characters the site never shows as typed', () => {
    const convert = convertWith(mapOf(SITE));
    expect(convert('知識產權 PCT constructor 龘')).toBe('知識產權 PCT constructor 龘');
  });

  it('holds only the characters and words whose converted form differs', () => {
    const map = mapOf(SITE);
    expect(map.chars['发']).toBe('發');
    expect(map.chars['专']).toBe('專');
    expect(map.chars).not.toHaveProperty('明');
    expect(map.words['头发']).toBe('頭髮');
  });

  it('rewrites what a Taiwanese reader types to the site’s word', () => {
    const convert = convertWith(withRegionalWords(mapOf(SITE), TAIWAN_SEARCH_TERMS));
    expect(convert('智慧財產權質押')).toBe(`${CONVERTERS.s2t('知识产权')}質押`);
    expect(convert('智財局')).toBe(CONVERTERS.s2t('知识产权局'));
    expect(convert('智慧局')).toBe(CONVERTERS.s2t('知识产权局'));
    expect(convert('新型專利申請')).toBe(CONVERTERS.s2t('实用新型申请'));
    expect(convert('設計專利')).toBe(CONVERTERS.s2t('外观设计'));
  });

  it('leaves the site’s own word as typed where a Taiwanese word lies inside it, and words that only contain one', () => {
    const convert = convertWith(withRegionalWords(mapOf(SITE), TAIWAN_SEARCH_TERMS));
    // 實用新型專利 holds 新型專利, 外觀設計專利 holds 設計專利: neither gets the site's word twice.
    expect(convert('實用新型專利')).toBe('實用新型專利');
    expect(convert('外觀設計專利')).toBe('外觀設計專利');
    expect(convert('創新型企業')).toBe('創新型企業');
  });

  it('comes through the page’s conversion of JSON data blocks unchanged', () => {
    const json = scriptMapJson(withRegionalWords(mapOf(SITE), TAIWAN_SEARCH_TERMS));
    expect(json).toMatch(/^[\x20-\x7e]*$/);
    expect(CONVERTERS.s2t(json)).toBe(json);
    expect(JSON.parse(json)).toEqual(withRegionalWords(mapOf(SITE), TAIWAN_SEARCH_TERMS));
  });

  it('names the text it cannot map when a converter changes a text’s length', () => {
    expect(() => scriptMapFrom([['知识产权', '智慧財產權']], words)).toThrow(/知识产权.*another length/);
  });
});
