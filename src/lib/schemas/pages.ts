// Schemas of the plan files and of free-standing pages (also the explainer and the overseas guide).
import { z } from 'astro/zod';
import {
  allowHttpLinksField,
  isoDate,
  LENGTH_LIMITS,
  limitedText,
  msg,
  sourceHashField,
  markedByField,
} from './common.ts';

export const planFile = z.object({
  id: z
    .string(msg('缺少 id', 'id is required'))
    .regex(
      /^(notice|preamble|part-\d|task-\d)$/,
      msg('id 应为 notice、preamble、part-N 或 task-N', 'id must be notice, preamble, part-N or task-N (e.g. part-3)'),
    ),
  order: z.number(
    msg('order 应为数字,决定在全文中的顺序', 'order must be a number giving the position in the plan (e.g. 30)'),
  ),
  title: limitedText('title', LENGTH_LIMITS.title).optional(),
  sourceHash: sourceHashField,
  markedBy: markedByField,
});

export const page = z.object({
  title: limitedText(
    'title',
    LENGTH_LIMITS.title,
    z.string(msg('缺少 title(页面标题)', 'title is required (e.g. title: 关于本站)')).min(1),
  ),
  description: limitedText(
    'description',
    LENGTH_LIMITS.summary,
    z
      .string(msg('缺少 description(一句话摘要)', 'description is required: one sentence for search and sharing'))
      .min(1),
  ),
  updated: isoDate.optional(),
  allowHttpLinks: allowHttpLinksField,
  sourceHash: sourceHashField,
  markedBy: markedByField,
});
