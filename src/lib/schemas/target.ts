// Schema of a target (content/targets/<id>.json): what the plan commits to, exactly as it states it.
import { z } from 'astro/zod';
import {
  asOfDate,
  bilingual,
  bilingualName,
  clauseId,
  isoDate,
  isoMonth,
  msg,
  perLanguageShape,
  source,
} from './common.ts';

const TARGET_GROUPS = ['creation', 'utilisation', 'protection', 'service'] as const;
export const TARGET_UNITS = [
  'patents',
  'patents-per-10k-people',
  'enterprises-per-10k-enterprises',
  'registrations',
  'varieties',
  'cny',
  'places',
  'percent',
  'points',
  'institutions',
  'person-times',
] as const;
/**
 * The values each unit can take: a share is 0–100 (written 95 for 95%, never 0.95), a score is on the
 * plan's 100-point scale, and a count or an amount is never negative. A target's value, its baseline and
 * every figure reported for it must lie in its unit's range (checked in src/lib/targets/plausible.ts).
 */
export const UNIT_RANGES: Record<(typeof TARGET_UNITS)[number], { min: number; max?: number }> = {
  patents: { min: 0 },
  'patents-per-10k-people': { min: 0 },
  'enterprises-per-10k-enterprises': { min: 0, max: 10000 },
  registrations: { min: 0 },
  varieties: { min: 0 },
  cny: { min: 0 },
  places: { min: 0 },
  percent: { min: 0, max: 100 },
  points: { min: 0, max: 100 },
  institutions: { min: 0 },
  'person-times': { min: 0 },
};

/** stock: a level at a date; yearly: a flow within one year; cumulative: a running total; period-new: new items by
 *  the deadline (the plan's 新增 "by June 2025", goal-* clauses; the plan states no date they are counted from). */
const TARGET_MEASURES = ['stock', 'yearly', 'cumulative', 'period-new'] as const;

const benchmark = z.object({
  label: bilingual,
  value: z.number(msg('基准值应为数字', 'the benchmark value must be a number')),
  asOf: asOfDate,
  source,
});

/**
 * When Changzhou's figures (or progress) for the target were last looked for, and what was searched: a record of
 * a search actually made, copied from docs/research/ (never a guess). Shown beside "暂无公开数据" and in the
 * open data, so a reader knows how old "no figure" is.
 */
const entryShape = perLanguageShape('"');
const checked = z.strictObject(
  {
    date: isoDate,
    sources: z
      .array(
        bilingual,
        msg(
          `checked.sources 应为查找过的资料列表,每项写成 ${entryShape}`,
          `checked.sources must list what was searched, each as ${entryShape}`,
        ),
      )
      .min(
        1,
        msg(
          'checked.sources 至少写一项:这次查找了哪些资料',
          'checked.sources needs at least one entry: what this search looked in',
        ),
      ),
  },
  msg(
    `checked 应写成 { "date": "YYYY-MM-DD", "sources": [${entryShape}] },只有 date 和 sources 两项`,
    `checked must be { "date": "YYYY-MM-DD", "sources": [${entryShape}] }, with date and sources only`,
  ),
);

const common = {
  group: z.enum(
    TARGET_GROUPS,
    msg(
      'group 应为 creation、utilisation、protection 或 service',
      'group must be creation, utilisation, protection or service',
    ),
  ),
  name: bilingualName,
  /** The plan's own words for this target, verbatim (checked against the clause). */
  planWording: bilingual,
  deadline: isoMonth,
  clause: clauseId,
  /** true where the plan's own words tie the target to IP abroad (海外发明专利, 马德里国际商标): labelled 涉外. */
  crossBorder: z
    .boolean(
      msg(
        'crossBorder 应为 true 或 false,不加引号(方案原文把这项目标与海外、国际事项联系在一起时写 true)',
        "crossBorder must be true or false, without quotes (true where the plan's own words tie the target to IP abroad)",
      ),
    )
    .optional(),
  checked: checked.optional(),
};

const quantitativeTarget = z.object({
  kind: z.literal('quantitative'),
  ...common,
  value: z.number(
    msg(
      'value 应为数字(按基本单位,如 280亿元写作 28000000000)',
      'value must be a number in base units (280亿元 is 28000000000)',
    ),
  ),
  unit: z.enum(
    TARGET_UNITS,
    msg(`unit 应为以下之一: ${TARGET_UNITS.join(', ')}`, `unit must be one of: ${TARGET_UNITS.join(', ')}`),
  ),
  comparator: z.enum(
    ['at-least'],
    msg('comparator 目前只能是 at-least(达/以上)', 'comparator must be at-least (达/以上)'),
  ),
  measure: z.enum(
    TARGET_MEASURES,
    msg(`measure 应为以下之一: ${TARGET_MEASURES.join(', ')}`, `measure must be one of: ${TARGET_MEASURES.join(', ')}`),
  ),
  baseline: z.object({ value: z.number(), asOf: asOfDate, source }).optional(),
  benchmarks: z.array(benchmark).default([]),
});

const qualitativeTarget = z.object({
  kind: z.literal('qualitative'),
  ...common,
});

export const targetSchema = z.discriminatedUnion(
  'kind',
  [quantitativeTarget, qualitativeTarget],
  msg('kind 应为 quantitative 或 qualitative', 'kind must be quantitative or qualitative'),
);

export type TargetRecord = z.infer<typeof targetSchema>;
