// Checks across content files that no single schema can make: figures name real targets, clause IDs
// exist in the plan. Each problem names the file, the field and the fix, in Chinese with English.
import type { ContentProblem } from './problems.ts';
import { implausibleFigure, type PlausibleTarget } from '../targets/plausible.ts';
import { SOURCE_LANG } from '../../i18n/locales.ts';

export interface CrossCheckInput {
  clauseIds: Set<string>;
  targets: Array<{
    file: string;
    id: string;
    kind: 'quantitative' | 'qualitative';
    clause: string;
    /** For a quantitative target: its unit, value and baseline. */
    measure?: PlausibleTarget;
  }>;
  snapshots: Array<{
    file: string;
    figures: Array<{ target: string; value?: number; outOfRangeConfirmed?: boolean }>;
    assessments: Array<{ target: string }>;
  }>;
  services: Array<{
    file: string;
    clauses: string[];
    related: string[];
    /** Whether the body exists or is proposed, and why (src/lib/schemas/service.ts). */
    standing?: { status: string; clause?: string; planWords?: string; fact?: number; goNow?: string };
    facts?: number;
  }>;
  /** Each clause's text in the source language, to check words quoted from it. */
  clauseText?: Map<string, string>;
  serviceSlugs: Set<string>;
  /** Every target file's id, valid or not: a figure naming a target whose file has its own problem is not
   *  reported again as naming an unknown target. */
  targetIds?: Set<string>;
}

export function crossCheck(input: CrossCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const targets = new Map(input.targets.map((t) => [t.id, t]));
  const clause = (file: string, field: string, id: string) => {
    if (!input.clauseIds.has(id)) {
      problems.push({
        file,
        field,
        message: `条款编号“${id}”在方案中不存在,请对照 /plan/ 页面上的“#”链接填写 / clause ID "${id}" does not exist in the plan: copy it from a "#" link on /plan/ (e.g. task-1-1-2)`,
      });
    }
  };
  for (const target of input.targets) {
    clause(target.file, 'clause', target.clause);
    // The target's own figures lie in its unit's range too (a percentage target of 950 is a typo).
    const measure = target.measure;
    if (!measure) continue;
    for (const [field, value] of [
      ['value', measure.value],
      ['baseline.value', measure.baseline],
    ] as const) {
      const problem = value === undefined ? undefined : implausibleFigure(value, { unit: measure.unit, value }, true);
      if (problem) problems.push({ file: target.file, field, message: problem });
    }
  }
  for (const snapshot of input.snapshots) {
    snapshot.figures.forEach((figure, i) => {
      const target = targets.get(figure.target);
      if (!target && input.targetIds?.has(figure.target)) return;
      if (!target)
        problems.push({
          file: snapshot.file,
          field: `figures[${i}].target`,
          message: `目标编号“${figure.target}”不存在,应为 content/targets/ 中的文件名,如 madrid-registrations / unknown target id "${figure.target}": use a file name from content/targets/, e.g. madrid-registrations`,
        });
      else if (target.kind !== 'quantitative')
        problems.push({
          file: snapshot.file,
          field: `figures[${i}].target`,
          message: `“${figure.target}”是定性目标,请改用 assessments / "${figure.target}" is qualitative: report it under assessments, not figures`,
        });
      else if (target.measure && figure.value !== undefined) {
        const problem = implausibleFigure(figure.value, target.measure, figure.outOfRangeConfirmed);
        if (problem) problems.push({ file: snapshot.file, field: `figures[${i}].value`, message: problem });
      }
    });
    snapshot.assessments.forEach((assessment, i) => {
      const target = targets.get(assessment.target);
      if (!target && input.targetIds?.has(assessment.target)) return;
      if (!target)
        problems.push({
          file: snapshot.file,
          field: `assessments[${i}].target`,
          message: `目标编号“${assessment.target}”不存在 / unknown target id "${assessment.target}": use a file name from content/targets/`,
        });
      else if (target.kind !== 'qualitative')
        problems.push({
          file: snapshot.file,
          field: `assessments[${i}].target`,
          message: `“${assessment.target}”是定量目标,请在 figures 中填写数值 / "${assessment.target}" is quantitative: give its value under figures`,
        });
    });
  }
  const standings = new Map(input.services.map((s) => [s.file.replace(/^.*\/|\.md$/g, ''), s.standing?.status]));
  for (const service of input.services) {
    service.clauses.forEach((id, i) => clause(service.file, `clauses[${i}]`, id));
    if (service.standing) problems.push(...standingProblems(service, input, standings));
    service.related.forEach((slug, i) => {
      if (!input.serviceSlugs.has(slug))
        problems.push({
          file: service.file,
          field: `related[${i}]`,
          message: `机构“${slug}”不存在,应为 content/services/${SOURCE_LANG}/ 中的文件名 / unknown service "${slug}": use a file name from content/services/${SOURCE_LANG}/`,
        });
    });
  }
  return problems;
}

/** A body's standing rests on the plan's words or a fact, and a proposal sends readers to a body that exists. */
function standingProblems(
  service: CrossCheckInput['services'][number],
  input: CrossCheckInput,
  standings: Map<string, string | undefined>,
): ContentProblem[] {
  const { file } = service;
  const { clause, planWords, fact, goNow } = service.standing!;
  const problems: ContentProblem[] = [];
  if (clause !== undefined && !service.clauses.includes(clause))
    problems.push({
      file,
      field: 'standing.clause',
      message: `“${clause}”应为本文件 clauses 中的一条 / "${clause}" must be one of this file's clauses`,
    });
  const text = clause !== undefined ? input.clauseText?.get(clause) : undefined;
  if (planWords !== undefined && text !== undefined && !text.includes(planWords))
    problems.push({
      file,
      field: 'standing.planWords',
      message: `条款 ${clause} 中没有这句原话,请从 /plan/#${clause} 逐字复制 / the words are not in clause ${clause}: copy them verbatim from /plan/#${clause}`,
    });
  if (fact !== undefined && fact > (service.facts ?? 0))
    problems.push({
      file,
      field: 'standing.fact',
      message: `facts 中没有第 ${fact} 条 / there is no fact number ${fact} in facts (counting from 1)`,
    });
  if (goNow !== undefined && standings.get(goNow) !== 'exists')
    problems.push({
      file,
      field: 'standing.goNow',
      message: standings.has(goNow)
        ? `“${goNow}”本身也是方案提出建设的机构,请改填已有的机构 / "${goNow}" is itself a proposal: name a body that exists`
        : `机构“${goNow}”不存在,应为 content/services/${SOURCE_LANG}/ 中的文件名 / unknown service "${goNow}": use a file name from content/services/${SOURCE_LANG}/`,
    });
  return problems;
}
