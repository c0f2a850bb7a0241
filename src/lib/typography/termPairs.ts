// The 用語對照 a generated edition's page carries under its conversion notice (GeneratedNotice.astro renders every
// row the language has): here, once the page is finished, only the rows for words the page itself uses are kept,
// and the block goes when none is. The words are looked for in the page's <main>, outside the block, with the
// names that are kept whole (知識產權信息中心) taken out first.
import { withRawBodiesAside } from './html.ts';

const BLOCK = /<details\b[^>]*\bdata-term-pairs\b[^>]*>[\s\S]*?<\/details>/;
const ROW = /<div\b[^>]*\bdata-term-phrases="([^"]*)"[^>]*>[\s\S]*?<\/div>/g;

/** The text of a stretch of HTML: tags and script or style bodies out, the common entities read. */
function textOf(html: string): string {
  const bare = withRawBodiesAside(
    html,
    (text) => text,
    () => '',
  );
  return bare
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The page with its term block narrowed to the words its <main> uses (phrases split by "|"), or without it. */
export function keepUsedTermPairs(html: string, keep: readonly string[]): string {
  const block = BLOCK.exec(html);
  if (!block) return html;
  const mainStart = html.indexOf('<main');
  const mainEnd = html.indexOf('</main>');
  const main = mainStart < 0 ? '' : html.slice(mainStart, mainEnd < 0 ? undefined : mainEnd).replace(block[0], '');
  const text = keep.reduce((out, name) => out.replaceAll(name, ''), textOf(main));
  const rows = block[0].replace(ROW, (row, phrases: string) =>
    phrases.split('|').some((phrase) => text.includes(phrase)) ? row : '',
  );
  return html.replace(block[0], /\bdata-term-phrases=/.test(rows) ? rows : '');
}
