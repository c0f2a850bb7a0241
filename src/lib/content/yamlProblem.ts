// A front-matter error as an editor can act on it: what is wrong in plain words, in Chinese and English, and
// the line to change. The parser (the `yaml` package, src/lib/content/parse.ts; js-yaml's wording is kept
// for Astro's own parser) names its grammar rule and the line where it gave up; these rules name the mistake
// and, for an unclosed quote, the line that opened it.

interface YamlError {
  /** js-yaml: the rule, and a 0-based line. */
  reason?: string;
  mark?: { line: number };
  /** yaml: the message, and 1-based lines. */
  message?: string;
  linePos?: Array<{ line: number }>;
}

const RULES: Array<[RegExp, string, string]> = [
  [
    /tab characters|Tabs are not allowed/,
    '这一行用制表符(Tab)缩进:请改用空格',
    'this line is indented with a tab: use spaces',
  ],
  [
    /duplicated mapping key|Map keys must be unique/,
    '这个字段在上面已经写过一次:同一个字段只能写一次,请删去其中一行',
    'this field is already given above: a field can appear only once, so delete one of the lines',
  ],
  [
    /within a (double|single) quoted scalar|Missing closing ["']quote/,
    '这一行的引号没有闭合:请在值的末尾补上同样的引号',
    'the quote opened on this line is never closed: add the same quote mark at the end of the value',
  ],
  [
    /within a flow collection|missed comma between flow collection|Flow (sequence|mapping) in block collection/,
    '这一行的方括号 [ ] 或花括号 { } 没有配对:请补全,或者把含有 [ ] { } 的值放在引号中',
    'a [ or { on this line is not closed: close it, or put a value containing [ ] { } in quotes',
  ],
  [
    /bad indentation of a (mapping|sequence) entry|Nested mappings are not allowed in compact mappings/,
    '这一行的缩进与上下行不一致,或者值中有未加引号的“: ”:请与同级的行对齐(用空格),或把整个值放在引号中',
    'this line is not indented like the lines at its level, or its value holds an unquoted ": ": line it up with its neighbours (using spaces), or put the whole value in quotes',
  ],
  [
    /multiline key|implicit key|Implicit keys need to be on a single line|key node is missed|document separator is expected/,
    '这一行不是“字段: 值”的形式(可能缺少冒号,或值换了行、以特殊字符开头):请写成 title: 值,必要时把值放在引号中',
    'this line is not "field: value" (a colon may be missing, or the value broke onto a new line or starts with a special character): write it as title: value, with the value in quotes if need be',
  ],
];

/** The 1-based line in the file where the problem is, and what to do, in both languages. */
export function explainYamlError(error: unknown, frontMatter: string, firstLine: number) {
  const { mark, linePos } = error as YamlError;
  const reason = (error as YamlError).reason ?? (error as YamlError).message ?? String(error);
  const rule = RULES.find(([pattern]) => pattern.test(reason));
  // Line 0 of the front matter (js-yaml's 0-based count, yaml's 1-based one less 1) is the opening ---'s line.
  let line = (mark?.line ?? (linePos?.[0] ? linePos[0].line - 1 : 0)) + firstLine;
  const quote = /within a (double|single) quoted|Missing closing (["'])quote/.exec(reason);
  if (quote) {
    // The parser reports the end of the front matter; the editor must fix the line that opened the quote.
    const mark = quote[1] === 'double' || quote[2] === '"' ? '"' : "'";
    const opened = frontMatter.split('\n').findIndex((text) => (text.split(mark).length - 1) % 2 === 1);
    if (opened >= 0) line = opened + firstLine;
  }
  const [zh, en] = rule
    ? [rule[1], rule[2]]
    : [
        '这一行的写法无法读取:请对照编辑指南中的例子检查冒号、引号和缩进',
        'this line cannot be read: compare its colons, quotes and indentation with the examples in the editor guide',
      ];
  return { line, message: `front matter 第 ${line} 行:${zh} / front matter, line ${line}: ${en}` };
}
