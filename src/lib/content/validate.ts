// One content file's text against its schema: the problems as file + field + fix, the form editors see.
import type { ZodType } from 'astro/zod';
import type { ContentProblem } from './problems.ts';

export function validateData(file: string, data: unknown, schema: ZodType): ContentProblem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file,
    field: issue.path.length ? issue.path.join('.') : '(front matter)',
    message: issue.message,
  }));
}
