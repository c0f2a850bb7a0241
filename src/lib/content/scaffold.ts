// Templates for `npm run new`: the few fields an editor gives become a valid file in every content language.
// Which kinds can be scaffolded, under which command name, comes from the registry (`scaffold`); the fields
// that are text are asked for once per content language (title-zh, title-en, …). Bodies start as HTML
// comments, which are not published, so an unfinished file never shows made-up text. The fingerprint
// function is passed in (src/data/sourceHash.ts) so this module stays pure.
import { stringify } from 'yaml';
import { CONTENT_LANGS, SOURCE_LANG, TRANSLATION_LANGS, type ContentLang } from '../../i18n/locales.ts';
import { CONTENT_KINDS, pathOf, type KindEntry, type ScaffoldSpec } from './registry.ts';

const kinds = (CONTENT_KINDS as readonly KindEntry[]).filter((kind) => kind.scaffold);
const perLanguage = (spec: ScaffoldSpec) => spec.perLanguage.flatMap((f) => CONTENT_LANGS.map((l) => `${f}-${l}`));

/** Every scaffold's field names, by command (snapshot, service, page). */
export const SCAFFOLD_FIELDS: Record<string, string[]> = Object.fromEntries(
  kinds.map((kind) => [kind.scaffold!.command, ['slug', ...perLanguage(kind.scaffold!), ...kind.scaffold!.fields]]),
);

export interface ScaffoldFile {
  path: string;
  text: string;
}

const HAN = /\p{Script=Han}/u;
/** Fields an editor may leave out: those the registry marks optional, and the English gloss of a source's title
 *  or publisher that is not in Chinese (English pages show a Chinese one with its gloss, src/lib/schemas/common.ts). */
const optional = (spec: ScaffoldSpec, name: string, f: Record<string, string>) =>
  (spec.optional ?? []).includes(name) ||
  (name === 'source-title-en' && !HAN.test(f['source-title'] ?? '')) ||
  (name === 'source-publisher-en' && !HAN.test(f['source-publisher'] ?? ''));

const file = (data: Record<string, unknown>, body: string) => `---\n${stringify(data).trimEnd()}\n---\n\n${body}\n`;

/** The front matter and body of each language's file, from the editor's fields. */
type Template = (
  f: Record<string, string>,
  text: (field: string, lang: ContentLang) => string,
  today: string,
) => {
  slug: string;
  source: [Record<string, unknown>, string];
  translation: (lang: ContentLang) => [Record<string, unknown>, string];
};

const TEMPLATES = {
  snapshot: (f, text, today) => ({
    slug: `${today}-${f.slug}`,
    source: [
      {
        title: text('title', SOURCE_LANG),
        date: today,
        summary: text('title', SOURCE_LANG),
        sources: [
          {
            title: f['source-title'],
            ...(f['source-title-en'] && { titleEn: f['source-title-en'] }),
            publisher: f['source-publisher'],
            ...(f['source-publisher-en'] && { publisherEn: f['source-publisher-en'] }),
            ...(f['source-url'] && { url: f['source-url'] }),
            date: f['source-date'],
          },
        ],
        figures: [],
      },
      '<!-- 在此撰写正文:发生了什么、何时、依据哪个来源。数据写在上方 figures 中,每项包括 target、value、asOf。 -->',
    ],
    translation: (lang) => [
      { title: text('title', lang), summary: text('title', lang) },
      '<!-- Write the translation here: a faithful translation of the source file. -->',
    ],
  }),
  service: (f, text) => ({
    slug: f.slug,
    source: [
      {
        name: Object.fromEntries(CONTENT_LANGS.map((lang) => [lang, text('name', lang)])),
        kind: f.kind,
        needs: [f.need],
        district: f.district,
        summary: text('summary', SOURCE_LANG),
        clauses: [f.clause],
        standing: {
          status: f.standing,
          clause: f.clause,
          planWords: f['plan-words'],
          ...(f['go-now'] && { goNow: f['go-now'] }),
        },
        contact: {},
        facts: [],
      },
      '## 能为您做什么\n\n<!-- 写这个机构能为读者做什么;只写方案原文或有来源的信息。 -->\n\n## 适合谁\n\n<!-- -->\n\n## 另见\n\n<!-- 联系方式写在上方 contact 中,每项都要有 source 和 verified;不知道的不写。 -->',
    ],
    translation: (lang) => [
      { summary: text('summary', lang) },
      '## What it can do for you\n\n<!-- -->\n\n## Who it is for\n\n<!-- -->\n\n## See also\n\n<!-- -->',
    ],
  }),
  page: (_, text, today) => ({
    slug: _.slug,
    source: [
      { title: text('title', SOURCE_LANG), description: text('description', SOURCE_LANG), updated: today },
      '<!-- 在此撰写正文。 -->',
    ],
    translation: (lang) => [
      { title: text('title', lang), description: text('description', lang), updated: today },
      '<!-- Write the translation here. -->',
    ],
  }),
} satisfies Record<string, Template>;

/** The commands `npm run new` knows: one template each, for the registry's kinds that name it. */
export type ScaffoldKind = keyof typeof TEMPLATES;

export function scaffold(
  command: ScaffoldKind,
  f: Record<string, string>,
  today: string,
  sourceHash: (markdown: string) => string,
): ScaffoldFile[] {
  const kind = kinds.find((k) => k.scaffold!.command === command);
  if (!kind) throw new Error(`没有这种内容 / no content kind is made with "${command}"`);
  const missing = SCAFFOLD_FIELDS[command].filter((name) => !optional(kind.scaffold!, name, f) && !f[name]);
  if (missing.length) throw new Error(`缺少字段 / missing fields: ${missing.join(', ')}`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(f.slug))
    throw new Error(
      'slug 只能用小写字母、数字和连字符,如 2026-ip-week / slug: lowercase letters, digits and hyphens, e.g. 2026-ip-week',
    );
  const made = (TEMPLATES[command] as Template)(f, (field, lang) => f[`${field}-${lang}`], today);
  const source = file(made.source[0], made.source[1]);
  return [
    { path: pathOf(kind, made.slug, SOURCE_LANG), text: source },
    ...TRANSLATION_LANGS.map((lang) => {
      const [data, body] = made.translation(lang);
      return { path: pathOf(kind, made.slug, lang), text: file({ sourceHash: sourceHash(source), ...data }, body) };
    }),
  ];
}
