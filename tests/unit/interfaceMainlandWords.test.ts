// A Taiwan reader's review of the 繁體 interface found mainland words the term list did not catch (指南里,
// 掃一掃在手機打開). This list is the reviewer's, independent of src/i18n/interfaceTerms.tw.ts: words a reader in
// Taiwan reads as the mainland's in an interface, each with what Taiwan writes instead. Every UI string a reader
// of /zh-hant/ meets must be free of them, names of the mainland's bodies and quotations left aside
// (TAIWAN_TERMS.keep), as must the plan's own words in the dictionary be left as converted (they are the plan's).
import { describe, expect, it } from 'vitest';
import { PLAN_WORDS, zhHant } from '../../src/i18n/zh-hant.ts';
import { TAIWAN_TERMS } from '../../src/i18n/interfaceTerms.tw.ts';

const MAINLAND_ONLY: ReadonlyArray<[word: string, why: string]> = [
  ['打開', 'opening a file or a page is 開啟'],
  ['掃一掃', 'the mainland’s “give it a scan”: 用手機掃描 QR Code'],
  ['二維碼', 'Taiwan says QR Code'],
  ['視頻', 'a video is 影片'],
  ['信息', 'information is 資訊'],
  ['質量', 'quality is 品質'],
  ['默認', 'a default is 預設'],
  ['鏈接', 'a link is 連結'],
  ['網絡', 'the network is 網路'],
  ['用戶', 'a user is 使用者'],
  ['軟件', 'software is 軟體'],
  ['菜單', 'a menu is 選單; 菜單 is a restaurant’s'],
  ['搜索', 'to search is 搜尋'],
  ['打印', 'to print is 列印'],
  ['數據', 'data is 資料'],
  ['設備', 'a phone or computer is 裝置'],
  ['地址欄', 'the address bar is 位址列 or 網址列'],
  ['命令行', 'the command line is 命令列'],
  // 文件 alone is also a document (遞交文件), which Taiwan writes the same: only a computer file is 檔案.
  ['CSV 文件', 'a computer file is 檔案'],
  ['.ics 文件', 'a computer file is 檔案'],
];

const withoutKept = (text: string) => TAIWAN_TERMS.keep.reduce((out, name) => out.replaceAll(name, ''), text);
const interfaceStrings = Object.entries(zhHant)
  .filter(([key]) => !PLAN_WORDS.test(key))
  .map(([key, text]) => [key, withoutKept(text)] as const);

describe('the 繁體 interface, as a reader in Taiwan reads it', () => {
  it.each(MAINLAND_ONLY)('uses no 「%s」 (%s)', (word) => {
    expect(interfaceStrings.filter(([, text]) => text.includes(word)).map(([key]) => key)).toEqual([]);
  });

  it('writes 裡 for “in”: every 里 left is part of a name (馬德里)', () => {
    const stray = interfaceStrings.filter(([, text]) => text.replaceAll('馬德里', '').includes('里'));
    expect(stray.map(([key]) => key)).toEqual([]);
    expect(interfaceStrings.some(([, text]) => text.includes('裡'))).toBe(true);
  });
});
