// JSON written inside a <script> element (JSON-LD, chart data): JSON.stringify leaves "<" as it is, so a
// value holding "</script>" (an editor's summary, say) would end the element and the rest would run as HTML.
// Every "<" becomes \u003c, and the two line separators JavaScript once refused, so the text is inert and
// JSON.parse still reads the same value.
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
