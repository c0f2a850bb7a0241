// The content check: every file against its schema, English twins, clause IDs across files, the plan's
// IDs in both languages, and internal links in Markdown. Pure (files in, problems out): `npm run
// content:check`, the build (src/data/checked.ts) and the tests all call this one function.
import type { Root } from 'mdast';
import { contentKind, slugOf, REQUIRED_FILES, type ContentKind } from './inventory.ts';
import { parseContent, parseMarkdown, internalLinks } from './parse.ts';
import { validateData } from './validate.ts';
import { crossCheck } from './crossCheck.ts';
import { sitePaths } from './routes.ts';
import { translationPairs } from './translations.ts';
import { parsePlanMarkdown } from '../plan/parsePlan.ts';
import { extractResponsibleUnits, locateUnits } from '../plan/responsibleUnits.ts';
import type { UnitName } from '../schemas/glossaryUnits.ts';
import { useTranslations } from '../../i18n/t.ts';
import { unknownVocabularyPages } from '../schemas/glossarySynonyms.ts';
import type { ContentProblem } from './problems.ts';
import { checkEnglish } from './checkEnglish.ts';
import { checkCourtCases } from './checkCourtCases.ts';
import type { Dictionary } from './spelling.ts';

/** A content file: its path relative to content/ (forward slashes) and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

interface Checked {
  path: string;
  file: string;
  kind: ContentKind;
  data?: Record<string, unknown>;
  tree?: Root;
}

const display = (path: string) => `content/${path}`;

/** `dictionary`: the en-GB spell checker (Node loads it, src/data/spellChecker.ts); without it spelling is skipped. */
export function checkContent(files: ContentFile[], dictionary?: Dictionary): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const checked: Checked[] = [];

  // 1. Each file parses and matches its schema; later checks use only files that do.
  for (const { path, text } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const known = contentKind(path);
    const file = display(path);
    if (!known) {
      // Astro's loaders would still read (or silently skip) such a file, so it is named rather than ignored.
      problems.push({
        file,
        field: '(file name)',
        message: `无法识别的内容文件:文件名只能用小写字母、数字和连字符,并放在对应的文件夹中(如 progress/zh/2025-06-30-plan-period-ends.md) / unrecognised content file: name it with lowercase letters, digits and hyphens, in the folder for its kind (e.g. progress/zh/2025-06-30-plan-period-ends.md)`,
      });
      continue;
    }
    const parsed = parseContent(file, text);
    if (parsed.problem) {
      problems.push(parsed.problem);
      continue;
    }
    const invalid = validateData(file, parsed.data, known.schema);
    problems.push(...invalid);
    const tree = parsed.body === undefined ? undefined : parseMarkdown(parsed.body);
    checked.push({
      path,
      file,
      kind: known.kind,
      tree,
      ...(invalid.length === 0 && { data: parsed.data as Record<string, unknown> }),
    });
  }
  const paths = files.map((f) => f.path);
  for (const required of REQUIRED_FILES) {
    if (!paths.includes(required))
      problems.push({
        file: display(required),
        field: '(file)',
        message: `缺少文件 ${display(required)},请恢复它 / the file ${display(required)} is missing: restore it`,
      });
  }

  // 2. Every Chinese file has its English twin and the reverse.
  for (const pair of translationPairs(paths)) {
    if (pair.missing === 'en')
      problems.push({
        file: display(pair.zh),
        field: '(translation)',
        message: `缺少英文文件 ${display(pair.en)},请添加译文 / the English translation ${display(pair.en)} is missing: add it (npm run new creates both files)`,
      });
    if (pair.missing === 'zh')
      problems.push({
        file: display(pair.en),
        field: '(translation)',
        message: `缺少中文文件 ${display(pair.zh)} / the Chinese file ${display(pair.zh)} is missing: every English file translates a Chinese one`,
      });
  }

  // 3. The plan's clause IDs: valid, unique, the same in both languages.
  const of = (kind: ContentKind) => checked.filter((c) => c.kind === kind);
  const plan = of('plan');
  const clauses = new Map(plan.map((c) => [c.path, parsePlanMarkdown(c.tree!)]));
  const zhClauses = new Map<string, string>();
  for (const zh of plan.filter((c) => c.path.startsWith('plan/zh/'))) {
    const parsed = clauses.get(zh.path)!;
    parsed.badIds.forEach((b) =>
      problems.push({
        file: zh.file,
        field: `line ${b.line}`,
        message: `“{#${b.id}}”不是有效的条款编号 / "{#${b.id}}" is not a valid clause ID (e.g. {#task-1-1-2})`,
      }),
    );
    for (const c of parsed.clauses) {
      if (zhClauses.has(c.id))
        problems.push({
          file: zh.file,
          field: `line ${c.line}`,
          message: `条款编号 ${c.id} 重复 / clause ID ${c.id} is used twice`,
        });
      zhClauses.set(c.id, c.text);
    }
    const en = clauses.get(zh.path.replace('plan/zh/', 'plan/en/'));
    if (!en) continue;
    const zhIds = parsed.clauses.map((c) => c.id);
    const enIds = en.clauses.map((c) => c.id);
    const missing = zhIds.filter((id) => !enIds.includes(id));
    const extra = enIds.filter((id) => !zhIds.includes(id));
    if (missing.length || extra.length) {
      problems.push({
        file: display(zh.path.replace('plan/zh/', 'plan/en/')),
        field: 'clause IDs',
        message: `与中文文件的条款编号不一致 / clause IDs differ from the Chinese file:${missing.length ? ` missing ${missing.join(', ')}` : ''}${extra.length ? ` extra ${extra.join(', ')}` : ''}`,
      });
    }
  }
  const clauseIds = new Set(zhClauses.keys());

  // 4. Across files: clause IDs and target ids that must exist; target wording quoted verbatim.
  const valid = (kind: ContentKind) => of(kind).filter((c) => c.data) as Array<Checked & { data: Record<string, any> }>;
  // 3b. Each measure's responsible units are in the units glossary and written, in both languages, as the
  //     glossary spells them, so the plan page can link each one to the units matrix.
  const units = valid('units')[0]?.data as unknown as UnitName[] | undefined;
  if (units) {
    for (const c of plan) {
      const lang = c.path.startsWith('plan/en/') ? 'en' : 'zh';
      const opening = useTranslations(lang)('plan.unitsOpening');
      for (const clause of clauses.get(c.path)!.clauses) {
        const names = extractResponsibleUnits(zhClauses.get(clause.id) ?? '');
        for (const { unit, name, label, at } of locateUnits(clause.text, names, units, lang, opening)) {
          if ((unit && at >= 0) || (!unit && lang === 'en')) continue; // a unit missing from the glossary: said once, below
          problems.push({
            file: unit ? c.file : display('glossary/units.json'),
            field: unit ? `line ${clause.line} (clause ${clause.id})` : `"${name}"`,
            message: unit
              ? `条款 ${clause.id} 的责任单位中应写作“${label}”(见 content/glossary/units.json) / clause ${clause.id} should name the responsible unit "${label}" as content/glossary/units.json spells it`
              : `责任单位“${name}”(条款 ${clause.id})不在此文件中:请加入 { "id", "zh": "${name}", "en" } / the responsible unit "${name}" (clause ${clause.id}) is missing: add an entry for it`,
          });
        }
      }
    }
  }

  const targets = valid('target');
  const services = valid('service');
  problems.push(
    ...crossCheck({
      clauseIds,
      targets: targets.map((t) => ({ file: t.file, id: slugOf(t.path), kind: t.data.kind, clause: t.data.clause })),
      snapshots: valid('progress').map((s) => ({
        file: s.file,
        figures: s.data.figures ?? [],
        assessments: s.data.assessments ?? [],
      })),
      services: services.map((s) => ({ file: s.file, clauses: s.data.clauses ?? [], related: s.data.related ?? [] })),
      serviceSlugs: new Set(of('service').map((s) => slugOf(s.path))),
    }),
  );
  problems.push(
    ...checkCourtCases(
      valid('courtCases').map((c) => ({
        file: c.file,
        accepted: c.data.accepted,
        concluded: c.data.concluded,
        quote: c.data.quote,
        record: c.data.record,
      })),
      new Map(of('progress').map((c) => [slugOf(c.path), files.find((f) => f.path === c.path)!.text])),
    ),
  );
  for (const t of targets) {
    const wording: string | undefined = t.data.planWording?.zh;
    const clauseText = zhClauses.get(t.data.clause);
    if (wording && clauseText && !clauseText.includes(wording)) {
      problems.push({
        file: t.file,
        field: 'planWording.zh',
        message: `planWording.zh 应逐字摘自条款 ${t.data.clause} / planWording.zh must be quoted word for word from clause ${t.data.clause}`,
      });
    }
  }

  // 5. Internal links inside Markdown, and the pages the search vocabulary names, lead to a page the site builds.
  const routes = sitePaths({
    targets: of('target').map((c) => slugOf(c.path)),
    services: of('service').map((c) => slugOf(c.path)),
    progress: of('progress').map((c) => slugOf(c.path)),
    pages: of('page')
      .filter((c) => c.path.startsWith('pages/zh/'))
      .map((c) => slugOf(c.path)),
  });
  for (const c of valid('synonyms'))
    problems.push(...unknownVocabularyPages(c.data, routes).map((p) => ({ ...p, file: c.file })));
  for (const c of checked.filter((c) => c.tree)) {
    for (const { href, line } of internalLinks(c.tree!)) {
      const [path, anchor] = href.split('#');
      const broken =
        !routes.has(path) || (anchor !== undefined && /^(\/en)?\/plan\/$/.test(path) && !clauseIds.has(anchor));
      if (broken)
        problems.push({
          file: c.file,
          field: `line ${line}`,
          message: `链接 ${href} 指向不存在的页面或条款 / the link ${href} leads to no page or clause: check the address (e.g. /plan/#task-1-1-2, /targets/madrid-registrations/)`,
        });
    }
  }

  // 6. The English: glossary terms used as decided, British spelling (checkEnglish.ts).
  problems.push(...checkEnglish(files, dictionary));
  return problems;
}
