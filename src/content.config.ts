// Content collections: where each kind of content lives and the schema it must satisfy.
// The schemas themselves live in src/lib/schemas so the content check and the tests use the same ones.
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { planFile, page } from './lib/schemas/pages.ts';
import { unitName } from './lib/schemas/glossaryUnits.ts';
import { targetSchema } from './lib/schemas/target.ts';
import { progressRecord, progressTranslation } from './lib/schemas/progress.ts';
import { serviceRecord, serviceTranslation } from './lib/schemas/service.ts';
import { courtCaseYear } from './lib/schemas/courtCases.ts';

const bare = (base: string) => glob({ pattern: '*.md', base, generateId: ({ entry }) => entry.replace(/\.md$/, '') });

export const collections = {
  /** The plan: one file per part (and task area) per language; blocks end with `{#clause-id}`. */
  plan: defineCollection({ loader: glob({ pattern: '{zh,en}/*.md', base: './content/plan' }), schema: planFile }),
  /** Free-standing pages, a zh and an en file each. */
  pages: defineCollection({ loader: glob({ pattern: '{zh,en}/*.{md,mdx}', base: './content/pages' }), schema: page }),
  /** The plain-language explainer of the plan (zh.md, en.md). */
  explained: defineCollection({ loader: glob({ pattern: '{zh,en}.md', base: './content/explained' }), schema: page }),
  /** The step-by-step guide for enterprises protecting IP abroad (zh.mdx, en.mdx). */
  overseas: defineCollection({ loader: glob({ pattern: '{zh,en}.mdx', base: './content/overseas' }), schema: page }),
  /** Responsible units (责任单位) with their English names. */
  units: defineCollection({ loader: file('./content/glossary/units.json'), schema: unitName }),
  /** Targets of the plan, one JSON file each; the file name is the target id. */
  targets: defineCollection({ loader: glob({ pattern: '*.json', base: './content/targets' }), schema: targetSchema }),
  /** Progress snapshots: the dated record with sources and figures (zh), and its English text. */
  progress: defineCollection({ loader: bare('./content/progress/zh'), schema: progressRecord }),
  progressEn: defineCollection({ loader: bare('./content/progress/en'), schema: progressTranslation }),
  /** Service bodies: the record with contacts and sources (zh), and its English text. */
  services: defineCollection({ loader: bare('./content/services/zh'), schema: serviceRecord }),
  servicesEn: defineCollection({ loader: bare('./content/services/en'), schema: serviceTranslation }),
  /** The Changzhou courts' IP caseload, one JSON file per year; the file name is the year. */
  courtCases: defineCollection({
    loader: glob({ pattern: '*.json', base: './content/court-cases' }),
    schema: courtCaseYear,
  }),
};
