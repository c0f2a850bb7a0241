// A query typed in the script the pages were converted from (知识产权 on a 繁體 page) is searched for in the
// pages' script (知識產權). The pages' converter (OpenCC) weighs about a megabyte of phrase tables, so the build
// hands the search page only what this site needs: each character of its text as the edition converts it most
// often, and the words the edition converts otherwise (头发 where 发 is mostly 發). A character the site
// never shows cannot be found in either script, so it is left as typed.

export interface ScriptMap {
  /** A source character → its most usual converted form on this site, where that differs. */
  chars: Record<string, string>;
  /** A source word → its converted form, where converting its characters one by one would differ. */
  words: Record<string, string>;
  /** What the language's readers call the site's words → the site's word, both in the converted script
   *  (智慧財產權 → 知識產權), replaced after the conversion, longest first. */
  regional?: Record<string, string>;
}

const HAN = /^\p{Script=Han}+$/u;

/** Converts with a map: the longest word it knows at each place, else the character's usual form; then the
 *  readers' words for the site's. */
export function convertWith(map: ScriptMap): (text: string) => string {
  // Maps, not the parsed objects: a query such as "constructor" must not find a word on Object's prototype.
  const [chars, words] = [new Map(Object.entries(map.chars)), new Map(Object.entries(map.words))];
  const longest = Math.max(1, ...[...words.keys()].map((word) => word.length));
  const regional = Object.entries(map.regional ?? {}).sort((a, b) => b[0].length - a[0].length);
  const scriptOf = (text: string) => {
    let out = '';
    for (let at = 0; at < text.length;) {
      let size = longest;
      while (size > 1 && !words.has(text.slice(at, at + size))) size--;
      const piece = text.slice(at, at + size);
      out += size > 1 ? words.get(piece)! : (chars.get(piece) ?? piece);
      at += size;
    }
    return out;
  };
  return (text) => regional.reduce((out, [reader, site]) => readersWord(out, reader, site), scriptOf(text));
}

/** `text` with each `reader` replaced by `site`, except where it shares characters with a `site` already there:
 *  a reader who types the site's word (實用新型專利) is not given it twice (實用實用新型) for the Taiwan word inside
 *  it (新型專利). */
function readersWord(text: string, reader: string, site: string): string {
  const sites: number[] = [];
  for (let at = text.indexOf(site); at >= 0; at = text.indexOf(site, at + 1)) sites.push(at);
  const inSite = (at: number) => sites.some((start) => at < start + site.length && start < at + reader.length);
  let out = '';
  let from = 0;
  for (let at = text.indexOf(reader); at >= 0; at = text.indexOf(reader, from)) {
    out += text.slice(from, at) + (inSite(at) ? reader : site);
    from = at + reader.length;
  }
  return out + text.slice(from);
}

/**
 * The map of a site's text: pairs of a source text and the same text as the edition shows it (the converter's
 * output, which keeps each character in its place). `words` splits a text into words (Intl.Segmenter in Chinese).
 */
export function scriptMapFrom(
  texts: ReadonlyArray<[source: string, shown: string]>,
  words: (text: string) => Array<{ segment: string; index: number }>,
): ScriptMap {
  const counts = new Map<string, Map<string, number>>();
  for (const [source, shown] of texts) {
    if (source.length !== shown.length)
      throw new Error(
        `scriptMapFrom: the converted text of "${source.slice(0, 20)}…" has another length; the map needs a converter that keeps each character in place`,
      );
    for (let i = 0; i < source.length; i++) {
      if (!HAN.test(source[i])) continue;
      const forms = counts.get(source[i]) ?? counts.set(source[i], new Map()).get(source[i])!;
      forms.set(shown[i], (forms.get(shown[i]) ?? 0) + 1);
    }
  }
  const chars: Record<string, string> = {};
  for (const [char, forms] of counts) {
    const usual = [...forms].sort((a, b) => b[1] - a[1])[0][0];
    if (usual !== char) chars[char] = usual;
  }
  // The words, and every pair of characters (the word splitter leaves 归并 as 归 + 并), that the site converts
  // one way only and otherwise than their characters' usual forms.
  const byChars = convertWith({ chars, words: {} });
  const forms = new Map<string, Set<string>>();
  for (const [source, shown] of texts) {
    const pieces = words(source).filter(({ segment }) => segment.length > 1 && HAN.test(segment));
    for (let i = 0; i + 1 < source.length; i++) pieces.push({ segment: source.slice(i, i + 2), index: i });
    for (const { segment, index } of pieces) {
      if (!HAN.test(segment)) continue;
      const seen = forms.get(segment) ?? forms.set(segment, new Set()).get(segment)!;
      seen.add(shown.slice(index, index + segment.length));
    }
  }
  const exceptions: Record<string, string> = {};
  for (const [piece, seen] of forms) {
    const [form] = seen;
    if (seen.size === 1 && byChars(piece) !== form) exceptions[piece] = form;
  }
  return { chars, words: exceptions };
}

/** The map with the readers' words for the site's (`regional`), as pairs of the site's word and the reader's. */
export function withRegionalWords(
  map: ScriptMap,
  terms: ReadonlyArray<{ mainland: string; taiwan: string }>,
): ScriptMap {
  return { ...map, regional: Object.fromEntries(terms.map(({ mainland, taiwan }) => [taiwan, mainland])) };
}

/** The map as JSON written in ASCII only (\u escapes): the page's own conversion, which converts JSON data
 *  blocks as text, leaves it as it is. */
export function scriptMapJson(map: ScriptMap): string {
  return JSON.stringify(map).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
