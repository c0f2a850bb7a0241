// Schemas of progress snapshots: the record (content/progress/zh/<slug>.md) holds the date, sources and
// figures once; its English twin (content/progress/en/<slug>.md) holds only its title and text.
import { z } from 'astro/zod';
import { isoDate, msg, source, sourceHashField } from './common.ts';

const figure = z.object({
  target: z.string(msg('figures 中每项需要 target(目标编号)', 'each figure needs target (the target id)')),
  value: z.number(
    msg('数值应为数字,如 18.5(不要加单位或引号)', 'value must be a number such as 18.5 (no unit, no quotes)'),
  ),
  asOf: isoDate,
});

/** An editor's dated judgement on a qualitative target (no number to chart). */
const assessment = z.object({
  target: z.string(msg('assessments 中每项需要 target(目标编号)', 'each assessment needs target (the target id)')),
  status: z.enum(
    ['achieved', 'on-track', 'behind', 'missed'],
    msg('status 应为 achieved、on-track、behind 或 missed', 'status must be achieved, on-track, behind or missed'),
  ),
  asOf: isoDate,
});

export const progressRecord = z.object({
  title: z.string(msg('缺少 title(标题)', 'title is required')).min(1),
  date: isoDate,
  summary: z.string(msg('缺少 summary(一句话摘要)', 'summary is required: one sentence')).min(1),
  sources: z
    .array(source, msg('缺少 sources(至少一个来源)', 'sources is required: at least one source'))
    .min(1, msg('至少需要一个来源', 'at least one source is required')),
  figures: z.array(figure).default([]),
  assessments: z.array(assessment).default([]),
});

export const progressTranslation = z.strictObject(
  {
    title: z.string(msg('缺少 title(英文标题)', 'title is required')).min(1),
    summary: z.string(msg('缺少 summary(一句话摘要)', 'summary is required: one sentence')).min(1),
    sourceHash: sourceHashField,
  },
  msg(
    '英文文件只写 title 和 summary;日期、来源和数据写在中文文件中',
    'the English file holds only title and summary; date, sources and figures live in the Chinese file',
  ),
);
