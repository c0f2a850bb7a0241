// What Markdown and MDX content may contain beyond text: no raw HTML (a <script>, an <img onerror> or a
// <meta http-equiv="refresh"> would run on the site's pages, and the CSP cannot stop a meta refresh), and
// links only to https: addresses or to this site's pages. Each problem gives the line and the Markdown way.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { addressProblem } from '../schemas/common.ts';
import type { ContentProblem } from './problems.ts';

/** The Markdown way to write what a tag was meant to do, by tag. */
const MARKDOWN_WAY: Array<[RegExp, string, string]> = [
  [
    /^(script|style|meta|iframe|object|embed|form|input|link|base)$/,
    '内容中不能有此类代码,请删除',
    'content cannot hold this at all: delete it',
  ],
  [/^img$/, '图片写作 ![说明文字](/images/图.png)', 'write an image as ![description](/images/picture.png)'],
  [/^a$/, '链接写作 [链接文字](https://…)', 'write a link as [link text](https://…)'],
  [/^br$/, '换段请空一行', 'leave a blank line to start a new paragraph'],
  [/^(strong|b)$/, '加粗写作 **文字**', 'write bold as **text**'],
  [/^(em|i)$/, '强调写作 *文字*', 'write emphasis as *text*'],
  [
    /^(aside|div|section)$/,
    '提示框写作引用块:第一行写 > [!IMPORTANT],其后每行以 > 开头',
    'write a notice box as a quote block: a first line > [!IMPORTANT], then every line starting with >',
  ],
  [/^(table|tr|td|th)$/, '表格用 Markdown 表格(| 列 | 列 |)', 'use a Markdown table (| column | column |)'],
  [/^h[1-6]$/, '标题写作 ## 标题', 'write a heading as ## Heading'],
  [/^(ul|ol|li)$/, '列表每项以 - 或 1. 开头', 'start each list item with - or 1.'],
];

const tagOf = (html: string) => /^<\/?([A-Za-z][\w.-]*)/.exec(html.trim())?.[1];

export function markdownProblems(
  file: string,
  tree: Root,
  { mdx = false, allowHttpLinks = [] as readonly string[] } = {},
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (node: { position?: { start: { line: number } } }) => `line ${node.position?.start.line ?? 0}`;
  visit(tree, 'html', (node) => {
    // A comment is a note to the next editor (the scaffolds leave one); it never reaches the page.
    if (/^<!--[\s\S]*-->$/.test(node.value.trim())) return;
    const tag = tagOf(node.value);
    // In MDX a capitalised tag is a component the page provides (<RouteChooser />), not HTML.
    if (mdx && tag && /^[A-Z]/.test(tag)) return;
    const way = MARKDOWN_WAY.find(([pattern]) => tag && pattern.test(tag.toLowerCase()));
    const [zh, en] = way
      ? [way[1], way[2]]
      : ['请改用 Markdown 写法(见编辑指南)', 'write it in Markdown instead (see the editor guide)'];
    const shown = node.value.trim().split('\n')[0].slice(0, 60);
    problems.push({
      file,
      field: at(node),
      message: `内容中不能直接写 HTML(“${shown}”):${zh} / content cannot hold raw HTML ("${shown}"): ${en}`,
    });
  });
  const address = (node: { url: string; position?: { start: { line: number } } }) => {
    if (node.url.startsWith('#')) return;
    const problem = addressProblem(node.url, allowHttpLinks.includes(node.url));
    if (problem) problems.push({ file, field: at(node), message: problem });
  };
  visit(tree, 'link', address);
  visit(tree, 'image', address);
  visit(tree, 'definition', address);
  // A bare http:// address in the text becomes a link on the page (GFM autolinks), so it is held to the same rule.
  visit(tree, 'text', (node, _index, parent) => {
    if (parent?.type === 'link') return;
    for (const [url] of node.value.matchAll(/\bhttp:\/\/[^\s)\]>,;。,;]+/g)) {
      const problem = addressProblem(url, allowHttpLinks.includes(url));
      if (problem) problems.push({ file, field: at(node), message: problem });
    }
  });
  return problems;
}

/**
 * MDX runs code at build time: `import`/`export` lines and `{…}` expressions. Content holds none (the page
 * hands the MDX its components), so each is reported with its line: a brace shown as text is written `\{`.
 */
export function mdxCodeProblems(file: string, body: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let fenced = false;
  body.split('\n').forEach((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    if (fenced) return;
    const prose = text.replace(/`[^`]*`/g, '');
    const esm = /^(import|export)\s/.test(prose);
    if (esm || /(^|[^\\])\{/.test(prose))
      problems.push({
        file,
        field: `line ${index + 1}`,
        message: esm
          ? '内容中不能写 import 或 export:页面已提供 <PlannerLink />、<RouteChooser /> 等组件,请删除这一行 / content cannot hold import or export lines: the page provides its components (<PlannerLink />, <RouteChooser />), so delete this line'
          : 'MDX 中的 { } 会作为程序代码运行:要显示花括号或写 {#编号},请写作 \\{ / in MDX, { } runs as code: to show a brace or an anchor {#id}, write \\{',
      });
  });
  return problems;
}

/** A tag or comment in plain text: "<img …", "</script>", "<!--"; a "<" before a figure ("<5%") is text. */
const TAG_IN_TEXT = /<\/?[A-Za-z][\w-]*(?=[\s/>])|<!--/;

/**
 * Text fields (title, summary, a contact's note …) are shown as text, but HTML there is the same mistake as in
 * the body, and it reaches places a body never does (structured data, feeds, open data): each field holding a
 * tag is reported with its path and the value as written.
 */
export function textFieldHtmlProblems(file: string, data: unknown, path = ''): ContentProblem[] {
  if (typeof data === 'string') {
    const tag = TAG_IN_TEXT.exec(data);
    if (!tag) return [];
    const shown = data.slice(Math.max(0, tag.index - 10), tag.index + 50);
    return [
      {
        file,
        field: path || '(value)',
        message: `文字字段中不能写 HTML(“${shown}”):请只写文字,加粗、链接等格式只能写在正文中 / a text field cannot hold HTML ("${shown}"): write plain text only; formatting and links belong in the body`,
      },
    ];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => textFieldHtmlProblems(file, item, `${path}[${i}]`));
  if (data && typeof data === 'object')
    return Object.entries(data).flatMap(([key, value]) =>
      textFieldHtmlProblems(file, value, path ? `${path}.${key}` : key),
    );
  return [];
}
