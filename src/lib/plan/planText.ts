// The plan's full text for download: the seed (the government's published copy) with a header saying
// where it comes from, so a saved or forwarded file still carries its provenance.
import { fullWidthPunctuation } from '../typography/punctuation.ts';

/** Lines at the end of the seed that belong to the web page it was copied from, not to the plan. */
const PAGE_CHROME = ['扫一扫在手机打开当前页', '|'];

/** The seed's text without the web page's trailing chrome lines (see seeds/README.md). */
export function planTextOnly(seed: string): string {
  const lines = seed.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
  while (lines.length > 0 && PAGE_CHROME.includes(lines.at(-1)!.trim())) lines.pop();
  return `${lines.join('\n').trimEnd()}\n`;
}

export interface Provenance {
  title: string;
  issuer: string;
  date: string;
  openness: string;
  pageUrl: string;
  /** What an editor has found of the government's own record (src/lib/schemas/pages.ts): listed when filled. */
  record?: { documentNumber?: string; indexNumber?: string; published?: string; originalUrl?: string };
}

/** The download: a short provenance header, a rule, then the plan's text exactly as published. */
export function planTextDownload(seed: string, p: Provenance): string {
  const header = [
    `《${p.title}》`,
    `发文机关:${p.issuer}`,
    ...(p.record?.documentNumber ? [`文号:${p.record.documentNumber}`] : []),
    ...(p.record?.indexNumber ? [`索引号:${p.record.indexNumber}`] : []),
    `成文日期:${p.date}`,
    ...(p.record?.published ? [`发布日期:${p.record.published}`] : []),
    `公开方式:${p.openness}`,
    ...(p.record?.originalUrl ? [`原文网址:${p.record.originalUrl}`] : []),
    `来源:${p.issuer}公开发布的方案全文。以下正文与发布文本逐字一致,仅删去了网页末尾的“扫一扫在手机打开当前页”等页面元素;标点与网页版一样按国家标准排为全角。`,
    `网页版(含英文译文):${p.pageUrl}`,
  ];
  // Punctuation as the page sets it (GB/T 15834): the copy the seed was taken from lost its full-width marks,
  // and a reader comparing the file with the page saw "," where the page has "，".
  return fullWidthPunctuation(`${header.join('\n')}\n${'='.repeat(40)}\n\n${planTextOnly(seed)}`);
}
