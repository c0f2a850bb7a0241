// Reads a content file's text the way the build does: front matter with Astro's own parseFrontmatter
// (the function Astro's content layer calls), Markdown with mdast-util-from-markdown (what remark-parse
// runs), JSON with JSON.parse. Text in, data out: no file system, so the checker and tests share it.
// parseFrontmatter comes from the module that defines it, not from @astrojs/markdown-remark's index, which
// re-exports it beside the whole Markdown processor (Shiki, process.env): this way src/lib stays browser-safe.
// tests/unit/contentParser.test.ts checks it is the very copy Astro resolves, so the two cannot drift apart.
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { ContentProblem } from './problems.ts';

export interface ParsedContent {
  /** The front matter, or the JSON document. */
  data?: unknown;
  /** Markdown after the front matter, with the front matter's lines kept blank so line numbers match the file. */
  body?: string;
  problem?: ContentProblem;
}

const firstLine = (error: unknown) => String((error as Error).message ?? error).split('\n')[0];

export function parseContent(file: string, text: string): ParsedContent {
  if (file.endsWith('.json')) {
    try {
      return { data: JSON.parse(text) };
    } catch (error) {
      return {
        problem: {
          file,
          field: '(JSON)',
          message: `JSON 格式错误,无法读取(请检查逗号、引号和括号) / malformed JSON: ${firstLine(error)}; check commas, quotes and brackets`,
        },
      };
    }
  }
  if (extractFrontmatter(text) === undefined) {
    return {
      problem: {
        file,
        field: '(front matter)',
        message: '文件开头缺少以 --- 包围的 front matter / the file must start with front matter between --- lines',
      },
    };
  }
  try {
    const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
    return { data: frontmatter, body: content };
  } catch (error) {
    return {
      problem: {
        file,
        field: '(syntax)',
        message: `front matter 格式错误,无法读取 / malformed front matter: ${firstLine(error)}`,
      },
    };
  }
}

/** Whether the text starts with front matter, as Astro finds it. */
export function hasFrontMatter(text: string): boolean {
  return extractFrontmatter(text) !== undefined;
}

export function parseMarkdown(body: string): Root {
  return fromMarkdown(body);
}

/** Site-internal links in Markdown (`[text](/path/#anchor)`), from the mdast link nodes, with their lines. */
export function internalLinks(tree: Root): Array<{ href: string; line: number }> {
  const links: Array<{ href: string; line: number }> = [];
  visit(tree, 'link', (node) => {
    if (node.url.startsWith('/')) links.push({ href: node.url, line: node.position?.start.line ?? 0 });
  });
  return links;
}
