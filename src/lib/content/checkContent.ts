// The content check: every file against its schema, English twins, clause IDs across files, the plan's
// IDs in both languages, and internal links in Markdown. Pure (files in, problems out): `npm run
// content:check`, the build (src/data/checked.ts) and the tests all call this one function.
import type { Root } from 'mdast';
import { contentSlugs, languageFiles, placeFile, REQUIRED_FILES, type ContentKindName } from './registry.ts';
import { SOURCE_LANG, TRANSLATION_LANGS, languageName, splitLocale, type ContentLang } from '../../i18n/locales.ts';
import { parseContent, parseMarkdown, internalLinks } from './parse.ts';
import { validateData } from './validate.ts';
import { markdownProblems, mdxCodeProblems, textFieldHtmlProblems } from './markdownRules.ts';
import { crossCheck } from './crossCheck.ts';
import { sitePaths } from './routes.ts';
import { translationPairs } from './translations.ts';
import { parsePlanMarkdown } from '../plan/parsePlan.ts';
import { extractResponsibleUnits, locateUnits } from '../plan/responsibleUnits.ts';
import type { UnitName } from '../schemas/glossaryUnits.ts';
import { useTranslations } from '../../i18n/t.ts';
import { unknownVocabularyPages } from '../schemas/glossarySynonyms.ts';
import type { ContentProblem } from './problems.ts';
import { checkEnglish, type SpellCheckers } from './checkEnglish.ts';
import { checkCourtCases } from './checkCourtCases.ts';

/** A content file: its path relative to content/ (forward slashes) and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

interface Checked {
  path: string;
  file: string;
  kind: ContentKindName;
  lang?: ContentLang;
  slug: string;
  data?: Record<string, unknown>;
  tree?: Root;
}

const display = (path: string) => `content/${path}`;

/** `spellCheckers`: a spelling dictionary per proofread language (Node loads them, src/data/spellChecker.ts);
 *  without them spelling is skipped. */
export function checkContent(files: ContentFile[], spellCheckers?: SpellCheckers): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const checked: Checked[] = [];
  // A file that cannot be read at all (empty, broken YAML or JSON) is reported once: the checks across
  // files wait until it reads, so its absence does not show up as errors in the files that refer to it.
  let unreadable = false;

  // 1. Each file parses and matches its schema; later checks use only files that do.
  for (const { path, text } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const known = placeFile(path);
    const file = display(path);
    if (!known) {
      // Astro's loaders would still read (or silently skip) such a file, so it is named rather than ignored.
      problems.push({
        file,
        field: '(file name)',
        message: `无法识别的内容文件:文件名只能用小写字母、数字和连字符,并放在对应的文件夹中(如 progress/${SOURCE_LANG}/2025-06-30-plan-period-ends.md) / unrecognised content file: name it with lowercase letters, digits and hyphens, in the folder for its kind (e.g. progress/${SOURCE_LANG}/2025-06-30-plan-period-ends.md)`,
      });
      continue;
    }
    const parsed = parseContent(file, text);
    if (parsed.problem) {
      problems.push(parsed.problem);
      unreadable = true;
      continue;
    }
    const invalid = validateData(file, parsed.data, known.schema);
    problems.push(...invalid);
    problems.push(...textFieldHtmlProblems(file, parsed.data));
    const tree = parsed.body === undefined ? undefined : parseMarkdown(parsed.body);
    if (parsed.body !== undefined && path.endsWith('.mdx')) problems.push(...mdxCodeProblems(file, parsed.body));
    if (tree) {
      const allowHttpLinks = (parsed.data as { allowHttpLinks?: unknown } | undefined)?.allowHttpLinks;
      problems.push(
        ...markdownProblems(file, tree, {
          mdx: path.endsWith('.mdx'),
          allowHttpLinks: Array.isArray(allowHttpLinks) ? allowHttpLinks.filter((u) => typeof u === 'string') : [],
        }),
      );
    }
    checked.push({
      path,
      file,
      kind: known.kind.name as ContentKindName,
      lang: known.lang,
      slug: known.slug,
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

  if (unreadable) return problems;

  // 2. Every source file has its translations and every translation its source.
  for (const pair of translationPairs(paths)) {
    const name = languageName(pair.lang);
    if (pair.missing === 'translation')
      problems.push({
        file: display(pair.source),
        field: '(translation)',
        message: `缺少${name}译文 ${display(pair.translation)},请添加 / the ${name} translation ${display(pair.translation)} is missing: add it (npm run new creates every language's file)`,
      });
    if (pair.missing === 'source')
      problems.push({
        file: display(pair.translation),
        field: '(translation)',
        message: `缺少原文文件 ${display(pair.source)} / the source file ${display(pair.source)} is missing: every translation translates a file in ${languageName(SOURCE_LANG)}`,
      });
  }

  // 3. The plan's clause IDs: valid, unique, the same in both languages.
  const of = (kind: ContentKindName) => checked.filter((c) => c.kind === kind);
  /** The files of a kind that hold its records: the source language's, or every file of an untranslated kind. */
  const records = (kind: ContentKindName) => of(kind).filter((c) => c.lang === undefined || c.lang === SOURCE_LANG);
  const plan = of('plan');
  const clauses = new Map(plan.map((c) => [c.path, parsePlanMarkdown(c.tree!)]));
  // A clause ID used twice in any language's files would give one page two equal ids (and the plan two
  // copies of the clause), so each language's files are checked on their own.
  const seen = new Map<string | undefined, Set<string>>();
  for (const c of plan) {
    const ids = seen.get(c.lang) ?? seen.set(c.lang, new Set()).get(c.lang)!;
    for (const clause of clauses.get(c.path)!.clauses) {
      if (ids.has(clause.id))
        problems.push({
          file: c.file,
          field: `line ${clause.line}`,
          message: `条款编号 {#${clause.id}} 重复(${languageName(c.lang ?? SOURCE_LANG)}文件中已用过):一个编号只能用一次,请对照原文文件改正 / clause ID {#${clause.id}} is used twice in the ${languageName(c.lang ?? SOURCE_LANG)} files: each ID is used once, so correct it against the source file`,
        });
      ids.add(clause.id);
    }
  }
  const zhClauses = new Map<string, string>();
  for (const zh of records('plan')) {
    const parsed = clauses.get(zh.path)!;
    parsed.badIds.forEach((b) =>
      problems.push({
        file: zh.file,
        field: `line ${b.line}`,
        message: `“{#${b.id}}”不是有效的条款编号 / "{#${b.id}}" is not a valid clause ID (e.g. {#task-1-1-2})`,
      }),
    );
    for (const c of parsed.clauses) zhClauses.set(c.id, c.text);
    for (const lang of TRANSLATION_LANGS) {
      const translation = languageFiles(zh.path)![lang];
      const en = clauses.get(translation);
      if (!en) continue;
      const zhIds = parsed.clauses.map((c) => c.id);
      const enIds = en.clauses.map((c) => c.id);
      const missing = zhIds.filter((id) => !enIds.includes(id));
      const extra = enIds.filter((id) => !zhIds.includes(id));
      if (missing.length || extra.length) {
        problems.push({
          file: display(translation),
          field: 'clause IDs',
          message: `与原文文件的条款编号不一致 / clause IDs differ from the source file:${missing.length ? ` missing ${missing.join(', ')}` : ''}${extra.length ? ` extra ${extra.join(', ')}` : ''}`,
        });
      }
    }
  }
  const clauseIds = new Set(zhClauses.keys());

  // 4. Across files: clause IDs and target ids that must exist; target wording quoted verbatim.
  const valid = (kind: ContentKindName) =>
    records(kind).filter((c) => c.data) as Array<Checked & { data: Record<string, any> }>;
  // 3b. Each measure's responsible units are in the units glossary and written, in both languages, as the
  //     glossary spells them, so the plan page can link each one to the units matrix.
  const units = valid('units')[0]?.data as unknown as UnitName[] | undefined;
  if (units) {
    for (const c of plan) {
      const lang = c.lang ?? SOURCE_LANG;
      const opening = useTranslations(lang)('plan.unitsOpening');
      for (const clause of clauses.get(c.path)!.clauses) {
        const names = extractResponsibleUnits(zhClauses.get(clause.id) ?? '');
        for (const { unit, name, label, at } of locateUnits(clause.text, names, units, lang, opening)) {
          if ((unit && at >= 0) || (!unit && lang !== SOURCE_LANG)) continue; // a unit missing from the glossary: said once, below
          problems.push({
            file: unit ? c.file : display('glossary/units.json'),
            field: unit ? `line ${clause.line} (clause ${clause.id})` : `"${name}"`,
            message: unit
              ? `条款 ${clause.id} 的责任单位中应写作“${label}”(见 content/glossary/units.json) / clause ${clause.id} should name the responsible unit "${label}" as content/glossary/units.json spells it`
              : `责任单位“${name}”(条款 ${clause.id})不在此文件中:请加入 { "id", "${SOURCE_LANG}": "${name}", … } / the responsible unit "${name}" (clause ${clause.id}) is missing: add an entry for it`,
          });
        }
      }
    }
  }

  const targets = valid('targets');
  const services = valid('services');
  problems.push(
    ...crossCheck({
      clauseIds,
      targets: targets.map((t) => ({
        file: t.file,
        id: t.slug,
        kind: t.data.kind,
        clause: t.data.clause,
        ...(t.data.kind === 'quantitative' && {
          measure: { unit: t.data.unit, value: t.data.value, baseline: t.data.baseline?.value },
        }),
      })),
      snapshots: valid('progress').map((s) => ({
        file: s.file,
        figures: s.data.figures ?? [],
        assessments: s.data.assessments ?? [],
      })),
      services: services.map((s) => ({
        file: s.file,
        clauses: s.data.clauses ?? [],
        related: s.data.related ?? [],
        standing: s.data.standing,
        facts: s.data.facts?.length ?? 0,
      })),
      clauseText: zhClauses,
      serviceSlugs: new Set(records('services').map((s) => s.slug)),
      targetIds: new Set(records('targets').map((t) => t.slug)),
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
      new Map(records('progress').map((c) => [c.slug, files.find((f) => f.path === c.path)!.text])),
    ),
  );
  for (const t of targets) {
    const wording: string | undefined = t.data.planWording?.[SOURCE_LANG];
    const clauseText = zhClauses.get(t.data.clause);
    if (wording && clauseText && !clauseText.includes(wording)) {
      problems.push({
        file: t.file,
        field: `planWording.${SOURCE_LANG}`,
        message: `planWording.${SOURCE_LANG} 应逐字摘自条款 ${t.data.clause} / planWording.${SOURCE_LANG} must be quoted word for word from clause ${t.data.clause}`,
      });
    }
  }

  // 5. Internal links inside Markdown, and the pages the search vocabulary names, lead to a page the site builds.
  const routes = sitePaths(contentSlugs(checked.map((c) => c.path)));
  for (const c of valid('synonyms'))
    problems.push(...unknownVocabularyPages(c.data, routes).map((p) => ({ ...p, file: c.file })));
  for (const c of checked.filter((c) => c.tree)) {
    for (const { href, line } of internalLinks(c.tree!)) {
      const [path, anchor] = href.split('#');
      const broken =
        !routes.has(path) ||
        (anchor !== undefined && splitLocale(path, '/').path === '/plan/' && !clauseIds.has(anchor));
      if (broken)
        problems.push({
          file: c.file,
          field: `line ${line}`,
          message: `链接 ${href} 指向不存在的页面或条款 / the link ${href} leads to no page or clause: check the address (e.g. /plan/#task-1-1-2, /targets/madrid-registrations/)`,
        });
    }
  }

  // 6. The proofread translations (English): glossary terms used as decided, house style, spelling (checkEnglish.ts).
  problems.push(...checkEnglish(files, spellCheckers));
  return problems;
}
