// What the browser editor calls each kind of content, in Chinese then English (the editor's own interface
// is in English; these names are what editors look for). Keyed by the registry's names: a new kind without
// a name here is a type error.
import type { ContentKindName } from '../content/registry.ts';

export const KIND_LABELS: Readonly<Record<ContentKindName, string>> = {
  plan: '方案全文 Plan text',
  pages: '页面 Pages',
  explained: '方案解读 Plan explained',
  overseas: '海外维权 Overseas guide',
  targets: '目标 Targets',
  progress: '工作动态 Progress records',
  services: '服务机构 Services',
  courtCases: '法院知识产权案件 Court cases',
  units: '责任单位 Responsible units',
  terms: '术语表 Glossary terms',
  synonyms: '搜索同义词 Search synonyms',
};
