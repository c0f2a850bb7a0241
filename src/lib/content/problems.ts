// A problem the content check found, as editors see it: the file, the field, and what to fix
// (in Chinese with English).
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `✗ ${p.file}\n  字段 field: ${p.field}\n  ${p.message}`).join('\n');
}
