// The whole content check, without a build: every file against its schema, English twins, clause IDs
// and target ids across files, the plan's IDs in both languages, and internal links in Markdown.
// `npm run content:check` prints its result; `npm run build` runs it first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ZodType } from 'zod';
import { z } from 'zod';
import { validateFile, readContentData } from './validateFile.ts';
import { crossCheck, type ContentProblem } from './crossCheck.ts';
import { knownRoutes, markdownLinks } from './routes.ts';
import { translationPairs } from './translations.ts';
import { planFile, page, unitName } from '../schemas/pages.ts';
import { targetSchema } from '../schemas/target.ts';
import { progressRecord, progressTranslation } from '../schemas/progress.ts';
import { serviceRecord, serviceTranslation } from '../schemas/service.ts';
import { vocabulary, unknownVocabularyPages } from '../schemas/synonyms.ts';
import { parsePlanMarkdown } from '../plan/parsePlan.ts';

const list = (dir: string, ext: RegExp) => (existsSync(dir) ? readdirSync(dir).filter((f) => ext.test(f)).sort().map((f) => join(dir, f)) : []);

export function checkContent(contentRoot: string): ContentProblem[] {
  const display = (file: string) => relative(join(contentRoot, '..'), file);
  const problems: ContentProblem[] = [];
  const validate = (files: string[], schema: ZodType) => files.forEach((file) => problems.push(...validateFile(file, schema).map((p) => ({ ...p, file: display(file) }))));

  // 1. Each file against its schema.
  const plan = { zh: list(join(contentRoot, 'plan', 'zh'), /\.md$/), en: list(join(contentRoot, 'plan', 'en'), /\.md$/) };
  validate([...plan.zh, ...plan.en], planFile);
  validate(['zh', 'en'].flatMap((l) => list(join(contentRoot, 'pages', l), /\.mdx?$/)), page);
  validate(list(join(contentRoot, 'explained'), /\.md$/), page);
  validate(list(join(contentRoot, 'overseas'), /\.mdx$/), page);
  const targets = list(join(contentRoot, 'targets'), /\.json$/);
  validate(targets, targetSchema);
  const progressZh = list(join(contentRoot, 'progress', 'zh'), /\.md$/);
  validate(progressZh, progressRecord);
  validate(list(join(contentRoot, 'progress', 'en'), /\.md$/), progressTranslation);
  const servicesZh = list(join(contentRoot, 'services', 'zh'), /\.md$/);
  validate(servicesZh, serviceRecord);
  validate(list(join(contentRoot, 'services', 'en'), /\.md$/), serviceTranslation);
  validate([join(contentRoot, 'glossary', 'units.json')], z.array(unitName));
  validate([join(contentRoot, 'glossary', 'synonyms.json')], vocabulary);

  // 2. Every Chinese file has its English twin and the reverse.
  for (const pair of translationPairs(contentRoot)) {
    if (pair.state === 'missing-en') problems.push({ file: pair.zh, field: '(translation)', message: `缺少英文文件 ${pair.en},请添加译文 / the English translation ${pair.en} is missing: add it (npm run new creates both files)` });
    if (pair.state === 'missing-zh') problems.push({ file: pair.en, field: '(translation)', message: `缺少中文文件 ${pair.zh} / the Chinese file ${pair.zh} is missing: every English file translates a Chinese one` });
  }

  // 3. The plan's clause IDs: valid, unique, the same in both languages.
  const clauseIds = new Set<string>();
  const zhClauses = new Map<string, string>();
  for (const zhFile of plan.zh) {
    const zh = parsePlanMarkdown(readFileSync(zhFile, 'utf8'));
    zh.badIds.forEach((b) => problems.push({ file: display(zhFile), field: `line ${b.line}`, message: `“{#${b.id}}”不是有效的条款编号 / "{#${b.id}}" is not a valid clause ID (e.g. {#task-1-1-2})` }));
    for (const c of zh.clauses) {
      if (clauseIds.has(c.id)) problems.push({ file: display(zhFile), field: `line ${c.line}`, message: `条款编号 ${c.id} 重复 / clause ID ${c.id} is used twice` });
      clauseIds.add(c.id);
      zhClauses.set(c.id, c.text);
    }
    const enFile = zhFile.replace(/[\\/]zh[\\/]/, (m) => m.replace('zh', 'en'));
    if (!existsSync(enFile)) continue;
    const enIds = parsePlanMarkdown(readFileSync(enFile, 'utf8')).clauses.map((c) => c.id);
    const zhIds = zh.clauses.map((c) => c.id);
    const missing = zhIds.filter((id) => !enIds.includes(id));
    const extra = enIds.filter((id) => !zhIds.includes(id));
    if (missing.length || extra.length) {
      problems.push({ file: display(enFile), field: 'clause IDs', message: `与中文文件的条款编号不一致 / clause IDs differ from the Chinese file: ${missing.length ? `missing ${missing.join(', ')}` : ''}${extra.length ? ` extra ${extra.join(', ')}` : ''}` });
    }
  }

  // 4. Across files: clause IDs and target ids that must exist; target wording quoted verbatim.
  const read = (file: string) => (readContentData(file).data ?? {}) as Record<string, unknown>;
  const targetData = targets.map((file) => ({ file: display(file), id: file.split(/[\\/]/).at(-1)!.replace(/\.json$/, ''), data: read(file) }));
  problems.push(...crossCheck({
    clauseIds,
    targets: targetData.map((t) => ({ file: t.file, id: t.id, kind: t.data.kind as 'quantitative' | 'qualitative', clause: String(t.data.clause ?? '') })),
    snapshots: progressZh.map((file) => { const d = read(file); return { file: display(file), figures: (d.figures as Array<{ target: string }>) ?? [], assessments: (d.assessments as Array<{ target: string }>) ?? [] }; }),
    services: servicesZh.map((file) => { const d = read(file); return { file: display(file), clauses: (d.clauses as string[]) ?? [], related: (d.related as string[]) ?? [] }; }),
    serviceSlugs: new Set(servicesZh.map((f) => f.split(/[\\/]/).at(-1)!.replace(/\.md$/, ''))),
  }).filter((p) => !/clause ID "" /.test(p.message)));
  for (const t of targetData) {
    const wording = (t.data.planWording as { zh?: string } | undefined)?.zh;
    const clauseText = zhClauses.get(String(t.data.clause));
    if (wording && clauseText && !clauseText.includes(wording)) {
      problems.push({ file: t.file, field: 'planWording.zh', message: `planWording.zh 应逐字摘自条款 ${t.data.clause} / planWording.zh must be quoted word for word from clause ${t.data.clause}` });
    }
  }

  // 5. Internal links inside Markdown lead somewhere.
  const routes = knownRoutes(contentRoot);
  const synonymsFile = join(contentRoot, 'glossary', 'synonyms.json');
  problems.push(...unknownVocabularyPages(readContentData(synonymsFile).data, routes).map((p) => ({ ...p, file: display(synonymsFile) })));
  const markdownFiles = [...plan.zh, ...plan.en, ...['pages', 'progress', 'services'].flatMap((f) => ['zh', 'en'].flatMap((l) => list(join(contentRoot, f, l), /\.mdx?$/))), ...list(join(contentRoot, 'explained'), /\.md$/), ...list(join(contentRoot, 'overseas'), /\.mdx$/)];
  for (const file of markdownFiles) {
    for (const { href, line } of markdownLinks(readFileSync(file, 'utf8'))) {
      const [path, anchor] = href.split('#');
      const broken = !routes.has(path) || (anchor !== undefined && /\/plan\/$/.test(path) && !clauseIds.has(anchor));
      if (broken) problems.push({ file: display(file), field: `line ${line}`, message: `链接 ${href} 指向不存在的页面或条款 / the link ${href} leads to no page or clause: check the address (e.g. /plan/#task-1-1-2, /targets/madrid-registrations/)` });
    }
  }
  return problems;
}
