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

/** The plan's record as a government information page lists it (政府信息公开), for the fields the copy on this
 *  site does not give: an editor fills each one in the Chinese notice file (content/plan/zh/00-notice.md)
 *  when they find it on the government's own page, and the plan page shows only what is filled. */
const publicationRecord = z.strictObject(
  {
    /** 发文字号, e.g. 常政发〔2022〕…号, as the government's page writes it. */
    documentNumber: z.string().min(1).optional(),
    /** 索引号 (the index number of the government information catalogue). */
    indexNumber: z.string().min(1).optional(),
    /** 发布日期: the day the government's page published it (the date of issue is in src/lib/plan/facts.ts). */
    published: isoDate.optional(),
    /** The address of the plan on the government's own site. */
    originalUrl: z
      .url(
        msg(
          'originalUrl 应为政府网站上原文的完整网址,如 https://www.changzhou.gov.cn/…',
          'originalUrl must be the full address of the original on the government site, e.g. https://www.changzhou.gov.cn/…',
        ),
      )
      .optional(),
  },
  msg(
    'publication 只能包含 documentNumber(文号)、indexNumber(索引号)、published(发布日期)、originalUrl(原文网址)',
    'publication may hold only documentNumber, indexNumber, published and originalUrl',
  ),
);

/** What an editor has found of the plan's government record: only the fields filled in. */
export type PlanPublication = z.infer<typeof publicationRecord>;

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
  publication: publicationRecord.optional(),
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
