// Reads a content file's text the way the build does: front matter as Astro's content layer reads it, Markdown
// with mdast-util-from-markdown (what remark-parse runs), JSON with JSON.parse. Text in, data out: no file
// system, so the checker and tests share it.
// Astro's public front-matter parser (parseFrontmatter from @astrojs/markdown-remark) comes only with that
// package's whole Markdown processor (Shiki, process.env), which would end src/lib's browser safety; so the
// front matter is found with Astro's own expression and read with `yaml` set to the schema Astro's js-yaml
// uses (YAML 1.2 core, plus timestamps and << merge keys). tests/unit/contentParser.test.ts reads every
// content file with both and requires the same result, so the two cannot drift apart.
import { parse as parseYaml } from 'yaml';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { ContentProblem } from './problems.ts';
import { explainYamlError } from './yamlProblem.ts';

export interface ParsedContent {
  /** The front matter, or the JSON document. */
  data?: unknown;
  /** Markdown after the front matter, with the front matter's lines kept blank so line numbers match the file. */
  body?: string;
  problem?: ContentProblem;
}

const firstLine = (error: unknown) => String((error as Error).message ?? error).split('\n')[0];

// Where front matter is, as Astro finds it (@astrojs/markdown-remark's extractFrontmatter), for --- fences:
// the editor guides and the scaffold write YAML, never TOML.
const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

const extractFrontmatter = (text: string): string | undefined => FRONT_MATTER.exec(text)?.[1];

/** The front matter as data, and the body with the front matter's lines kept blank (Astro's empty-with-lines). */
function parseFrontmatter(text: string, raw: string): { frontmatter: unknown; content: string } {
  const parsed: unknown = parseYaml(raw, { schema: 'core', customTags: ['timestamp'], merge: true });
  return {
    frontmatter: parsed && typeof parsed === 'object' ? parsed : {},
    content: text.replace(`---${raw}---`, raw.replace(/[^\r\n]/g, '')),
  };
}

export function parseContent(file: string, text: string): ParsedContent {
  if (text.trim() === '') {
    return {
      problem: {
        file,
        field: '(file)',
        message: `文件是空的。若内容被误删,请运行 git checkout -- ${file} 恢复;若要删除这一内容,请删除此文件及其他语言的对应文件 / the file is empty. If its text was deleted by mistake, restore it with git checkout -- ${file}; to remove this content, delete the file and its other-language files`,
      },
    };
  }
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
  const frontMatter = extractFrontmatter(text);
  if (frontMatter === undefined) {
    return {
      problem: {
        file,
        field: '(front matter)',
        message: '文件开头缺少以 --- 包围的 front matter / the file must start with front matter between --- lines',
      },
    };
  }
  try {
    const { frontmatter, content } = parseFrontmatter(text, frontMatter);
    return { data: withDatesAsWritten(frontmatter, frontMatter), body: content };
  } catch (error) {
    // The front matter's first line (the rest of the opening ---) is this line of the file.
    const firstLine = text.slice(0, text.indexOf(frontMatter)).split('\n').length;
    const { line, message } = explainYamlError(error, frontMatter, firstLine);
    return { problem: { file, field: `line ${line}`, message } };
  }
}

/**
 * The front matter as Astro reads it, but with each date YAML turned into a Date given back as typed:
 * 2024-02-30 would otherwise reach the schema as 2024-03-01. The `yaml` package reads YAML 1.2's core
 * schema, which has no timestamps, so it keeps the text; every other value stays as Astro read it.
 */
function withDatesAsWritten(data: unknown, frontMatter: string): unknown {
  if (!containsDate(data)) return data;
  let written: unknown;
  try {
    written = parseYaml(frontMatter);
  } catch {
    return data;
  }
  const restore = (built: unknown, typed: unknown): unknown => {
    if (built instanceof Date) return typeof typed === 'string' ? typed : built;
    if (Array.isArray(built)) return built.map((v, i) => restore(v, Array.isArray(typed) ? typed[i] : undefined));
    if (built && typeof built === 'object')
      return Object.fromEntries(
        Object.entries(built).map(([k, v]) => [k, restore(v, (typed as Record<string, unknown> | undefined)?.[k])]),
      );
    return built;
  };
  return restore(data, written);
}

const containsDate = (value: unknown): boolean =>
  value instanceof Date ||
  (Array.isArray(value)
    ? value.some(containsDate)
    : !!value && typeof value === 'object' && Object.values(value).some(containsDate));

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
