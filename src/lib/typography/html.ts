// Full-width punctuation for rendered HTML (a whole page, in the page pass): reaches text that comes from
// components and data (titles, summaries, table cells), not only Markdown. Only text whose language — the
// nearest `lang` attribute, from <html lang> down — has the CJK typography profile is changed, so a Chinese
// column on an English page is set in Chinese and English around a Chinese word stays English. Tags,
// attributes, entities and the insides of code, pre, script, style and textarea are left exactly as they are.
import { fullWidthSegments } from './punctuation.ts';

const RAW = /^<(script|style|pre|code|textarea|kbd|samp)\b/i;
/** Tags that end a run of text: a parenthesis never pairs across them. */
const BLOCK =
  /^<\/?(p|h[1-6]|li|td|th|dt|dd|div|section|article|nav|header|footer|table|tr|ul|ol|dl|blockquote|figcaption|caption|summary|details|form|fieldset|legend|label|main|aside|br|title|html|body|head)\b/i;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const ENTITY = /&(?:#\d+|#x[\da-f]+|\w+);/gi;
const RAW_ELEMENT = /(<(script|style|textarea)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi;

/**
 * Runs `change` over the page with the bodies of script, style and textarea elements set aside (CSS such as
 * `@media (width<=30em)` would otherwise read as a tag), then puts each body back through `body`.
 */
export function withRawBodiesAside(
  html: string,
  change: (masked: string) => string,
  body: (openingTag: string, content: string) => string = (_, content) => content,
): string {
  const bodies: string[] = [];
  const masked = html.replace(RAW_ELEMENT, (_, open: string, _name, content: string, close: string) => {
    bodies.push(body(open, content));
    return `${open}\uE001${bodies.length - 1}\uE002${close}`;
  });
  return change(masked).replace(/\uE001(\d+)\uE002/g, (_, i: string) => bodies[Number(i)]);
}

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

/**
 * Widens the punctuation of the CJK text in `html`. `isCjk` tells from a `lang` attribute's value whether that
 * language is set in CJK; text outside any `lang` attribute counts as CJK when `cjkByDefault` is true (a
 * fragment of a Chinese page).
 */
export function fullWidthHtml(
  html: string,
  isCjk: (lang: string) => boolean = () => true,
  cjkByDefault = true,
): string {
  return withRawBodiesAside(html, (masked) => widenMasked(masked, isCjk, cjkByDefault));
}

function widenMasked(html: string, isCjk: (lang: string) => boolean, cjkByDefault: boolean): string {
  const parts = html.split(/(<[^>]*>)/);
  // The open elements and whether their text is CJK: an element without `lang` inherits its parent's.
  const open: Array<{ name: string; cjk: boolean }> = [];
  const cjkNow = () => open.at(-1)?.cjk ?? cjkByDefault;
  let run: number[] = [];
  let raw: string | undefined;
  const flush = () => {
    convertRun(run.map((i) => parts[i])).forEach((text, k) => (parts[run[k]] = text));
    run = [];
  };
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      if (!raw && part && cjkNow()) run.push(i);
      return;
    }
    if (raw) {
      if (part.toLowerCase().startsWith(`</${raw}`)) {
        open.length = Math.max(0, open.map((e) => e.name).lastIndexOf(raw));
        raw = undefined;
      }
      return;
    }
    const opening = RAW.exec(part);
    if (opening) raw = opening[1].toLowerCase();
    const wasCjk = cjkNow();
    const tag = /^<(\/?)([a-z][\w-]*)/i.exec(part);
    if (tag && !part.startsWith('<!')) {
      const name = tag[2].toLowerCase();
      if (tag[1]) {
        const at = open.map((e) => e.name).lastIndexOf(name);
        if (at >= 0) open.length = at;
      } else if (!VOID.has(name) && !part.endsWith('/>')) {
        const lang = /\slang="([^"]*)"/i.exec(part)?.[1];
        open.push({ name, cjk: lang !== undefined ? isCjk(lang) : wasCjk });
      }
    }
    if (opening || BLOCK.test(part) || cjkNow() !== wasCjk) flush();
  });
  flush();
  return parts.join('');
}
