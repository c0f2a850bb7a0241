// A name that will be set inside double quotes ("ask for “…”"): its own double quotes become single ones, so the
// reader does not meet “商务部“应对贸易摩擦工作站””. GB/T 15834—2011 4.1.3.3: 引号里面还要用引号时,外面一层用双引号,
// 里面一层用单引号; English does the same.

/** `text` with its double quotes turned single: “…” → ‘…’ and "…" → '…'. */
export function nestQuotes(text: string): string {
  return text.replace(/“([^“”]*)”/g, '‘$1’').replace(/"([^"]*)"/g, "'$1'");
}
