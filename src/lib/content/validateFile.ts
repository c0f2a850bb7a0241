// Validates one content file against its schema and reports problems as file + field + fix,
// the form editors see from `npm run content:check` and the tests.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { ZodType } from 'zod';
import type { ContentProblem } from './crossCheck.ts';

/** Reads a content file's data: JSON as is, Markdown's YAML front matter. */
export function readContentData(path: string): { data?: unknown; problem?: ContentProblem } {
  const text = readFileSync(path, 'utf8');
  try {
    if (path.endsWith('.json')) return { data: JSON.parse(text) };
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!match) return { problem: { file: path, field: '(front matter)', message: '文件开头缺少以 --- 包围的 front matter / the file must start with front matter between --- lines' } };
    return { data: parseYaml(match[1]) ?? {} };
  } catch (error) {
    return { problem: { file: path, field: '(syntax)', message: `格式错误,无法读取 / malformed ${path.endsWith('.json') ? 'JSON' : 'front matter'}: ${(error as Error).message.split('\n')[0]}` } };
  }
}

export function validateFile(path: string, schema: ZodType): ContentProblem[] {
  const { data, problem } = readContentData(path);
  if (problem) return [problem];
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file: path,
    field: issue.path.length ? issue.path.join('.') : '(front matter)',
    message: issue.message,
  }));
}
