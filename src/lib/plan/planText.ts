// The plan's full text for download, one file per content language: a header saying where it comes from, so a
// saved or forwarded file still carries its provenance, then the text: the source's is the seed (the
// government's published copy), a translation's its own plan files, laid out as the seed is.
import { fullWidthPunctuation } from '../typography/punctuation.ts';
import { SOURCE_LANG, labelGap, typographyOf, type ContentLang } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/t.ts';
import type { ParsedPlanFile } from './parsePlan.ts';

/** Lines at the end of the seed that belong to the web page it was copied from, not to the plan. */
const PAGE_CHROME = ['扫一扫在手机打开当前页', '|'];

/** The seed's text without the web page's trailing chrome lines (see seeds/README.md). */
export function planTextOnly(seed: string): string {
  const lines = seed.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
  while (lines.length > 0 && PAGE_CHROME.includes(lines.at(-1)!.trim())) lines.pop();
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A translation's text in the seed's order and layout, one paragraph or heading a line: the notice of issue,
 *  the title, then each plan file's headings and paragraphs as written, without their {#id} markers. */
export function translationText(parts: { notice: string[]; title: string; body: ParsedPlanFile[] }): string {
  const blocks = parts.body.flatMap((file) =>
    [...file.clauses, ...file.unmarked].sort((a, b) => a.line - b.line).map((block) => block.text),
  );
  return `${[...parts.notice, parts.title, ...blocks].map((line) => line.trim()).join('\n')}\n`;
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

/** The download in `lang`: a short provenance header in that language (a translation's saying it is one and
 *  that the source prevails), a rule, then the text. */
export function planTextDownload(text: string, p: Provenance, lang: ContentLang): string {
  const t = useTranslations(lang);
  const field = (label: string, value: string | undefined) => (value ? [`${label}:${labelGap(lang)}${value}`] : []);
  const header = [
    t('planText.titleLine').replace('{title}', p.title),
    ...(lang === SOURCE_LANG ? [] : [t('plan.unofficialTranslation')]),
    ...field(t('doc.issuer'), p.issuer),
    ...field(t('doc.number'), p.record?.documentNumber),
    ...field(t('doc.index'), p.record?.indexNumber),
    ...field(t('doc.date'), p.date),
    ...field(t('doc.published'), p.record?.published),
    ...field(t('doc.openness'), p.openness),
    ...field(t('planText.originalUrl'), p.record?.originalUrl),
    ...field(t('doc.source'), t('planText.source')),
    ...field(t('planText.page'), p.pageUrl),
  ];
  const file = `${header.join('\n')}\n${'='.repeat(40)}\n\n${text}`;
  // Punctuation as the page sets it (GB/T 15834): the copy the seed was taken from lost its full-width marks,
  // and a reader comparing the file with the page saw "," where the page has "，".
  return typographyOf(lang) === 'cjk' ? fullWidthPunctuation(file) : file;
}
