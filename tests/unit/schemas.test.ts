// Bad content is rejected with a message that names the file, the field and the fix.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ZodType } from 'astro/zod';
import { validateData } from '../../src/lib/content/validate.ts';
import { parseContent } from '../../src/lib/content/parse.ts';
import { targetSchema } from '../../src/lib/schemas/target.ts';
import { progressRecord } from '../../src/lib/schemas/progress.ts';
import { serviceRecord } from '../../src/lib/schemas/service.ts';
import { crossCheck } from '../../src/lib/content/crossCheck.ts';

/** A file read and validated as the content check does it (parse, then the schema). */
const validateFile = (path: string, schema: ZodType) => {
  const parsed = parseContent(path, readFileSync(path, 'utf8'));
  return parsed.problem ? [parsed.problem] : validateData(path, parsed.data, schema);
};

const fixture = (path: string) => `tests/fixtures/${path}`;
const fieldsOf = (problems: Array<{ field: string }>) => problems.map((p) => p.field);

describe('target schema', () => {
  it('rejects a target without a unit, naming the file and the field', () => {
    const problems = validateFile(fixture('targets/no-unit.json'), targetSchema);
    expect(problems[0].file).toBe(fixture('targets/no-unit.json'));
    expect(fieldsOf(problems)).toContain('unit');
    expect(problems.find((p) => p.field === 'unit')!.message).toMatch(/unit must be one of/);
  });

  it('rejects a target without the clause that states it', () => {
    expect(fieldsOf(validateFile(fixture('targets/no-clause.json'), targetSchema))).toContain('clause');
  });

  it('rejects a target value written with its unit instead of as a number', () => {
    const problems = validateFile(fixture('targets/value-not-number.json'), targetSchema);
    expect(problems.find((p) => p.field === 'value')!.message).toMatch(/value must be a number/);
  });

  it('rejects a cross-border mark written in words or quotes, and says to write true or false', () => {
    const problems = validateFile(fixture('targets/cross-border-not-boolean.json'), targetSchema);
    const problem = problems.find((p) => p.field === 'crossBorder');
    expect(problem?.file).toBe(fixture('targets/cross-border-not-boolean.json'));
    expect(problem?.message).toMatch(/true 或 false.* \/ crossBorder must be true or false, without quotes/);
  });

  it('accepts every target in content/targets', async () => {
    const { readdirSync } = await import('node:fs');
    const problems = readdirSync('content/targets').flatMap((f) => validateFile(`content/targets/${f}`, targetSchema));
    expect(problems).toEqual([]);
  });
});

describe('progress schema', () => {
  it('rejects figures published without a source', () => {
    const problems = validateFile(fixture('progress/figure-without-source.md'), progressRecord);
    expect(fieldsOf(problems)).toContain('sources');
    expect(problems[0].message).toMatch(/sources is required/);
  });

  it('rejects a figure that is not a number', () => {
    const problems = validateFile(fixture('progress/figure-not-number.md'), progressRecord);
    expect(fieldsOf(problems)).toContain('figures.0.value');
  });

  it('rejects a date not written YYYY-MM-DD and says how to write it', () => {
    const problems = validateFile(fixture('progress/wrong-date.md'), progressRecord);
    expect(problems.find((p) => p.field === 'date')!.message).toMatch(/2024-04-25/);
  });

  it('reports malformed front matter once, at the line to change', () => {
    const problems = validateFile(fixture('progress/malformed.md'), progressRecord);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: fixture('progress/malformed.md'), field: 'line 2' });
  });
});

describe('service schema', () => {
  it('rejects an unknown kind of body and lists the allowed kinds', () => {
    const problems = validateFile(fixture('services/unknown-kind.md'), serviceRecord);
    expect(problems.find((p) => p.field === 'kind')!.message).toMatch(/protection-centre/);
  });

  it('rejects a contact detail without a source', () => {
    const problems = validateFile(fixture('services/contact-without-source.md'), serviceRecord);
    expect(fieldsOf(problems)).toContain('contact.phone.source');
  });

  it('rejects a body that does not say whether it exists or is only proposed, and says what to write', () => {
    const problems = validateFile(fixture('services/no-standing.md'), serviceRecord);
    expect(problems).toEqual([
      expect.objectContaining({ file: fixture('services/no-standing.md'), field: 'standing' }),
    ]);
    expect(problems[0].message).toMatch(/status: exists.*status: proposed/);
    expect(problems[0].message).toMatch(/planWords/);
  });

  it('rejects a proposed body that does not name an existing body readers can go to now', () => {
    const problems = validateFile(fixture('services/proposal-without-go-now.md'), serviceRecord);
    expect(fieldsOf(problems)).toEqual(['standing.goNow']);
    expect(problems[0].message).toMatch(/content\/services\//);
  });
});

describe('crossCheck', () => {
  const base = { clauseIds: new Set(['goal-creation', 'task-2-3-1']), serviceSlugs: new Set(['hotline-12330']) };
  it('rejects a figure for an unknown target id, naming the file and the field', () => {
    const problems = crossCheck({
      ...base,
      targets: [{ file: 't.json', id: 'madrid-registrations', kind: 'quantitative', clause: 'goal-creation' }],
      snapshots: [{ file: 'content/progress/zh/x.md', figures: [{ target: 'madrid' }], assessments: [] }],
      services: [],
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/progress/zh/x.md', field: 'figures[0].target' }),
    ]);
    expect(problems[0].message).toMatch(/unknown target id "madrid"/);
  });

  it('rejects a clause ID that does not exist, in a target and in a service', () => {
    const problems = crossCheck({
      ...base,
      targets: [{ file: 'content/targets/a.json', id: 'a', kind: 'quantitative', clause: 'goal-creativity' }],
      snapshots: [],
      services: [{ file: 'content/services/zh/b.md', clauses: ['task-9-9-9'], related: ['hotline-12330'] }],
    });
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/targets/a.json clause',
      'content/services/zh/b.md clauses[0]',
    ]);
  });
});
