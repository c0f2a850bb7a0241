// Full-width punctuation for a rendered fragment of Chinese HTML (the page's <main>): reaches text that comes
// from components and data (titles, summaries, table cells), not only Markdown. Tags, attributes, entities
// and the insides of code, pre, script, style and textarea are left exactly as they are.
import { fullWidthSegments } from './punctuation.ts';

const RAW = /^<(script|style|pre|code|textarea|kbd|samp)\b/i;
/** Tags that end a run of text: a parenthesis never pairs across them. */
const BLOCK = /^<\/?(p|h[1-6]|li|td|th|dt|dd|div|section|article|nav|header|footer|table|tr|ul|ol|dl|blockquote|figcaption|caption|summary|details|form|fieldset|legend|label|main|aside|br)\b/i;
const ENTITY = /&(?:#\d+|#x[\da-f]+|\w+);/gi;

/** Converts each run of text; entities are masked with same-length filler so they survive untouched. */
function convertRun(texts: string[]): string[] {
  const masked = texts.map((t) => t.replace(ENTITY, (e) => '\uE000'.repeat(e.length)));
  return fullWidthSegments(masked).map((converted, i) => {
    let out = '';
    for (let j = 0; j < converted.length; j++) out += converted[j] === '\uE000' ? texts[i][j] : converted[j];
    // A full-width mark carries its own spacing: drop the space typed after its half-width form ("相关服务: ").
    return out.replace(/([，：；？！]) +/g, '$1');
  });
}

export function fullWidthHtml(html: string): string {
  const parts = html.split(/(<[^>]*>)/);
  let run: number[] = [];
  let raw: string | undefined;
  const flush = () => {
    convertRun(run.map((i) => parts[i])).forEach((text, k) => (parts[run[k]] = text));
    run = [];
  };
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      if (!raw && part) run.push(i);
      return;
    }
    if (raw) {
      if (part.toLowerCase().startsWith(`</${raw}`)) raw = undefined;
      return;
    }
    const opening = RAW.exec(part);
    if (opening) raw = opening[1].toLowerCase();
    if (opening || BLOCK.test(part)) flush();
  });
  flush();
  return parts.join('');
}
