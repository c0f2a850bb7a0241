// Content collections and their schemas: the single source of truth for what editors may write.
// Every message says what to fix, in Chinese with the English beside it.
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';


/** The plan: one file per part (and per task area) and per language, blocks marked with `{#clause-id}`. */
const plan = defineCollection({
  loader: glob({ pattern: '{zh,en}/*.md', base: './content/plan' }),
  schema: z.object({
    id: z.string().regex(/^(notice|preamble|part-\d|task-\d)$/, {
      message: 'id 应为 notice、preamble、part-N 或 task-N / id must be notice, preamble, part-N or task-N (e.g. part-3)',
    }),
    order: z.number({ message: 'order 应为数字,决定在全文中的顺序 / order must be a number giving the position in the plan (e.g. 30)' }),
    title: z.string().optional(),
  }),
});

/** Free-standing pages (about, accessibility …), a zh and an en file each. */
const pages = defineCollection({
  loader: glob({ pattern: '{zh,en}/*.{md,mdx}', base: './content/pages' }),
  schema: z.object({
    title: z.string({ message: '缺少 title(页面标题)/ title is required (e.g. title: 关于本站)' }),
    description: z.string({ message: '缺少 description(一句话摘要)/ description is required: one sentence for search and sharing' }),
    updated: z.coerce.date({ message: 'updated 应为日期,如 2026-11-26 / updated must be a date such as 2026-11-26' }),
  }),
});

/** Responsible units (责任单位): a stable id, the name as the plan writes it, and its English name. */
const units = defineCollection({
  loader: file('./content/glossary/units.json'),
  schema: z.object({
    id: z.string().regex(/^[a-z0-9-]+$/, { message: 'id 只能用小写字母、数字和连字符 / id: lowercase letters, digits and hyphens only' }),
    zh: z.string().min(1),
    en: z.string().min(1),
  }),
});

export const collections = { plan, pages, units };
