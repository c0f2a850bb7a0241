// Schemas of progress snapshots: the record (content/progress/zh/<slug>.md) holds the date, sources and
// figures once; its English twin (content/progress/en/<slug>.md) holds only its title and text.
import { z } from 'astro/zod';
import {
  allowHttpLinksField,
  isoDate,
  LENGTH_LIMITS,
  limitedText,
  msg,
  source,
  sourceHashField,
  markedByField,
} from './common.ts';

const title = limitedText('title', LENGTH_LIMITS.title, z.string(msg('缺少 title(标题)', 'title is required')).min(1));
const summary = limitedText(
  'summary',
  LENGTH_LIMITS.summary,
  z.string(msg('缺少 summary(一句话摘要)', 'summary is required: one sentence')).min(1),
);

const figure = z.object({
  target: z.string(msg('figures 中每项需要 target(目标编号)', 'each figure needs target (the target id)')),
  value: z.number(
    msg('数值应为数字,如 18.5(不要加单位或引号)', 'value must be a number such as 18.5 (no unit, no quotes)'),
  ),
  asOf: isoDate,
  /** The editor confirms a figure more than ten times above or below the target and its baseline is right
   *  (src/lib/targets/plausible.ts); without it such a figure is taken for a slip of unit. */
  outOfRangeConfirmed: z
    .literal(true, msg('outOfRangeConfirmed 只能写 true', 'outOfRangeConfirmed can only be true'))
    .optional(),
});

/** How an editor judges a qualitative target's progress (the status rule's words, src/lib/targets/status.ts). */
export const ASSESSMENT_STATUSES = ['achieved', 'on-track', 'behind', 'missed'] as const;

/** An editor's dated judgement on a qualitative target (no number to chart). */
const assessment = z.object({
  target: z.string(msg('assessments 中每项需要 target(目标编号)', 'each assessment needs target (the target id)')),
  status: z.enum(
    ASSESSMENT_STATUSES,
    msg('status 应为 achieved、on-track、behind 或 missed', 'status must be achieved, on-track, behind or missed'),
  ),
  asOf: isoDate,
});

export const progressRecord = z.object({
  title,
  date: isoDate,
  summary,
  allowHttpLinks: allowHttpLinksField,
  sources: z
    .array(source, msg('缺少 sources(至少一个来源)', 'sources is required: at least one source'))
    .min(1, msg('至少需要一个来源', 'at least one source is required')),
  figures: z.array(figure).default([]),
  assessments: z.array(assessment).default([]),
});

export const progressTranslation = z.strictObject(
  {
    title,
    summary,
    allowHttpLinks: allowHttpLinksField,
    sourceHash: sourceHashField,
    markedBy: markedByField,
  },
  msg(
    '英文文件只写 title 和 summary;日期、来源和数据写在中文文件中',
    'the English file holds only title and summary; date, sources and figures live in the Chinese file',
  ),
);
