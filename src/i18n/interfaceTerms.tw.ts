// The words of the site's interface that Taiwan writes differently from the mainland, as Traditional text after
// character conversion: mainland → Taiwan. Only the UI dictionary goes through this list (src/i18n/zh-hant.ts),
// never content/: the plan and the editors' pages keep their words (docs/decisions/interface-terms.md).
// Each pair is one that OpenCC's own Taiwan phrase table makes (s2twp, TWPhrases); tests/unit/interfaceTerms.test.ts
// checks that, so no pair is a guess. Hong Kong writes most of them the same way (選單, 搜尋, 連結); where it does
// not (軟件, 數據), the edition follows Taiwan, as its converter (OpenCC `tw`) and og:locale (zh_TW) do.

export interface TermList {
  /**
   * mainland → Taiwan; `only`: the phrases the term changes in, where it has another meaning elsewhere;
   * `interfaceSense`: the pair holds for the sense the interface uses the word in, not for the content's, so the
   * 繁體 pages' 用語對照 (src/i18n/readingTerms.ts) leaves it out.
   */
  terms: readonly { mainland: string; taiwan: string; only?: readonly string[]; interfaceSense?: true }[];
  /** Phrases left whole, whatever the words in them: names the mainland's bodies carry (常州大學知識產權信息中心),
   *  and words the interface quotes from elsewhere. */
  keep: readonly string[];
}

export const TAIWAN_TERMS: TermList = {
  // No pair for the word that tells readers where to press: the site never uses it (tests/unit/clickWording.test.ts).
  terms: [
    { mainland: '菜單', taiwan: '選單' },
    { mainland: '搜索', taiwan: '搜尋' },
    { mainland: '打印', taiwan: '列印' },
    { mainland: '鏈接', taiwan: '連結' },
    { mainland: '數據', taiwan: '資料' },
    { mainland: '信息', taiwan: '資訊' },
    { mainland: '默認', taiwan: '預設' },
    { mainland: '視頻', taiwan: '影片' },
    { mainland: '軟件', taiwan: '軟體' },
    { mainland: '用戶', taiwan: '使用者' },
    // Opening a file or a page in a program (可用 Excel 開啟); the content's 打開 opens markets and channels.
    { mainland: '打開', taiwan: '開啟', interfaceSense: true },
    // The reader's phone or computer (剩餘天數按本裝置上的今天日期計算); the content's 設備 is equipment, 設備 in
    // Taiwan too.
    { mainland: '設備', taiwan: '裝置', interfaceSense: true },
    { mainland: '命令行', taiwan: '命令列' },
    // The browser's address bar, where the clause tools send a reader whose copy failed.
    { mainland: '地址欄', taiwan: '位址列' },
    // A computer file only here; 文件 elsewhere is a document (遞交文件, 文件資訊) and stays.
    { mainland: '文件', taiwan: '檔案', only: ['.ics 文件', 'CSV 文件', '中文文件', '英文文件'] },
  ],
  keep: [
    // The kind of body whose members are named 知識產權信息中心 (常州大學知識產權信息中心, content/services).
    '知識產權信息中心',
    // A quotation: the words of the page element the plan's text was taken without (planText.source).
    '掃一掃在手機打開當前頁',
  ],
};
