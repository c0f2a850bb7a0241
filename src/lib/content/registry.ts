// The one registry of content kinds: for every kind of file under content/, where it lives, how its files are
// laid out by language, the schema each file must satisfy, the page it becomes, what the search and the
// change log call it, and what `npm run new` asks for. The collections (src/content.config.ts), the content
// check, translation status, the route table, the page a file becomes and the scaffolds all read this table:
// a new kind of content is one entry here (and its schema in src/lib/schemas/).
import type { ZodType } from 'astro/zod';
import { CONTENT_LANGS, SOURCE_LANG, isContentLang, type ContentLang } from '../../i18n/locales.ts';
import { planFile, page } from '../schemas/pages.ts';
import { targetSchema } from '../schemas/target.ts';
import { progressRecord, progressTranslation } from '../schemas/progress.ts';
import { serviceRecord, serviceTranslation } from '../schemas/service.ts';
import { unitsFile, unitName } from '../schemas/glossaryUnits.ts';
import { termsFile } from '../schemas/glossaryTerms.ts';
import { synonymsFile } from '../schemas/glossarySynonyms.ts';
import { courtCaseYear } from '../schemas/courtCases.ts';

/** What the search filters call a page's kind (data-pagefind-filter type:…); `none` stays out of the index. */
export type SearchType = 'plan' | 'target' | 'service' | 'guide' | 'progress' | 'other' | 'none';

/**
 * How a kind's files are laid out:
 * - `folders`: one folder per language, one file per item (content/progress/zh/<slug>.md);
 * - `language-files`: one file per language (content/overseas/zh.mdx);
 * - `items`: one file per item in no language (content/targets/<id>.json), bilingual inside;
 * - `file`: one file in no language (content/glossary/units.json).
 */
export type Layout = 'folders' | 'language-files' | 'items' | 'file';

/** What `npm run new -- <command>` asks for: fields the same in every language, and text fields asked for in
 *  each content language (title-zh, title-en, …). */
export interface ScaffoldSpec {
  command: string;
  fields: readonly string[];
  perLanguage: readonly string[];
  /** Fields that may be left empty. */
  optional?: readonly string[];
}

export interface KindEntry {
  /** The kind's name: its Astro collection, the content check's word for it. */
  name: string;
  /** Its folder under content/ (for `file`: the file's path). */
  folder: string;
  layout: Layout;
  /** File extensions, without the dot. */
  extensions: readonly string[];
  /** The schema of a file in the source language (or of every file, where languages hold the same fields). */
  schema: ZodType;
  /** Where translations hold only the translatable fields (the data fields stay in the source file once). */
  translationSchema?: ZodType;
  /** The Astro collection's schema when it differs from the file's (a file holding a list of entries). */
  entrySchema?: ZodType;
  /** The page a file becomes, as the default language's path (the slug is the file name). */
  page?: (slug: string) => string;
  /** What the search filters call its pages. */
  searchType?: SearchType;
  /** Listed in the change log (更新记录) when its files change. */
  changelog?: boolean;
  /** Needed by every build: a missing file is reported rather than skipped. */
  required?: boolean;
  /** `npm run new -- <command>`: the fields an editor gives (src/lib/content/scaffold.ts has the templates). */
  scaffold?: ScaffoldSpec;
}

export const CONTENT_KINDS = [
  {
    name: 'plan',
    folder: 'plan',
    layout: 'folders',
    extensions: ['md'],
    schema: planFile,
    page: () => '/plan/',
    searchType: 'plan',
    changelog: true,
  },
  {
    name: 'pages',
    folder: 'pages',
    layout: 'folders',
    extensions: ['md', 'mdx'],
    schema: page,
    page: (slug) => `/${slug}/`,
    // About, accessibility, open data; the guides among these pages (lib/overseas/guides.ts) are 'guide'.
    searchType: 'other',
    changelog: true,
    scaffold: { command: 'page', perLanguage: ['title', 'description'], fields: [] },
  },
  {
    name: 'explained',
    folder: 'explained',
    layout: 'language-files',
    extensions: ['md'],
    schema: page,
    page: () => '/plan/explained/',
    searchType: 'plan',
    changelog: true,
  },
  {
    name: 'overseas',
    folder: 'overseas',
    layout: 'language-files',
    extensions: ['mdx'],
    schema: page,
    page: () => '/overseas/',
    searchType: 'guide',
    changelog: true,
  },
  {
    name: 'targets',
    folder: 'targets',
    layout: 'items',
    extensions: ['json'],
    schema: targetSchema,
    page: (id) => `/targets/${id}/`,
    searchType: 'target',
    changelog: true,
  },
  {
    name: 'progress',
    folder: 'progress',
    layout: 'folders',
    extensions: ['md'],
    schema: progressRecord,
    translationSchema: progressTranslation,
    page: (slug) => `/progress/${slug}/`,
    searchType: 'progress',
    changelog: true,
    scaffold: {
      command: 'snapshot',
      perLanguage: ['title'],
      fields: [
        'source-title',
        'source-title-en',
        'source-publisher',
        'source-publisher-en',
        'source-url',
        'source-date',
      ],
      optional: ['source-url'],
    },
  },
  {
    name: 'services',
    folder: 'services',
    layout: 'folders',
    extensions: ['md'],
    schema: serviceRecord,
    translationSchema: serviceTranslation,
    page: (slug) => `/services/${slug}/`,
    searchType: 'service',
    changelog: true,
    // standing: exists or proposed, decided from the clause's words (plan-words); a proposal also names go-now.
    scaffold: {
      command: 'service',
      perLanguage: ['name', 'summary'],
      fields: ['kind', 'need', 'district', 'clause', 'standing', 'plan-words', 'go-now'],
      optional: ['go-now'],
    },
  },
  {
    // The Changzhou courts' IP caseload, one file per year (the file name is the year), drawn on /progress/.
    name: 'courtCases',
    folder: 'court-cases',
    layout: 'items',
    extensions: ['json'],
    schema: courtCaseYear,
    page: () => '/progress/',
    changelog: true,
  },
  {
    name: 'units',
    folder: 'glossary/units.json',
    layout: 'file',
    extensions: ['json'],
    schema: unitsFile,
    entrySchema: unitName,
    required: true,
  },
  {
    name: 'terms',
    folder: 'glossary/terms.json',
    layout: 'file',
    extensions: ['json'],
    schema: termsFile,
    required: true,
  },
  {
    name: 'synonyms',
    folder: 'glossary/synonyms.json',
    layout: 'file',
    extensions: ['json'],
    schema: synonymsFile,
    required: true,
  },
] as const satisfies readonly KindEntry[];

export type ContentKindName = (typeof CONTENT_KINDS)[number]['name'];
/** Where a file of a kind sits (relative to content/, forward slashes), found from its path. */
export interface PlacedFile {
  kind: KindEntry;
  /** The language of the file, for kinds laid out by language. */
  lang?: ContentLang;
  /** The item's name: the file name without extension (a target id, a record's slug), "" for one-file kinds. */
  slug: string;
  /** The schema this very file must satisfy (a translation's, for a translated record). */
  schema: ZodType;
}

/** A file name (without extension) that can be a URL segment: lowercase letters, digits, single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The kind, language and slug of a content path (relative to content/), or undefined if no kind has it. */
export function placeFile(path: string): PlacedFile | undefined {
  for (const kind of CONTENT_KINDS as readonly KindEntry[]) {
    const placed = placeIn(kind, path);
    if (placed) {
      const translated = placed.lang !== undefined && placed.lang !== SOURCE_LANG && kind.translationSchema;
      return { kind, ...placed, schema: translated ? kind.translationSchema! : kind.schema };
    }
  }
  return undefined;
}

function placeIn(kind: KindEntry, path: string): { lang?: ContentLang; slug: string } | undefined {
  if (kind.layout === 'file') return path === kind.folder ? { slug: '' } : undefined;
  if (!path.startsWith(`${kind.folder}/`)) return undefined;
  const rest = path.slice(kind.folder.length + 1).split('/');
  const named = (file: string) => {
    const dot = file.lastIndexOf('.');
    const ext = file.slice(dot + 1);
    return dot > 0 && (kind.extensions as readonly string[]).includes(ext) ? file.slice(0, dot) : undefined;
  };
  if (kind.layout === 'folders' && rest.length === 2 && isContentLang(rest[0])) {
    const slug = named(rest[1]);
    return slug && SLUG.test(slug) ? { lang: rest[0], slug } : undefined;
  }
  if (kind.layout === 'language-files' && rest.length === 1) {
    const lang = named(rest[0]);
    return isContentLang(lang) ? { lang, slug: '' } : undefined;
  }
  if (kind.layout === 'items' && rest.length === 1) {
    const slug = named(rest[0]);
    return slug && SLUG.test(slug) ? { slug } : undefined;
  }
  return undefined;
}

/** The path of a kind's file for an item in a language (relative to content/). */
export function pathOf(kind: KindEntry, slug: string, lang: ContentLang, extension = kind.extensions[0]): string {
  if (kind.layout === 'folders') return `${kind.folder}/${lang}/${slug}.${extension}`;
  if (kind.layout === 'language-files') return `${kind.folder}/${lang}.${extension}`;
  if (kind.layout === 'items') return `${kind.folder}/${slug}.${extension}`;
  return kind.folder;
}

/**
 * The files of one item in every content language, keyed by language (relative to content/): the source file
 * first. Undefined for files that are not translated (targets, glossary).
 */
export function languageFiles(path: string): Record<ContentLang, string> | undefined {
  const placed = placeFile(path);
  if (!placed || placed.lang === undefined) return undefined;
  const extension = path.slice(path.lastIndexOf('.') + 1);
  return Object.fromEntries(
    CONTENT_LANGS.map((lang) => [lang, pathOf(placed.kind, placed.slug, lang, extension)]),
  ) as Record<ContentLang, string>;
}

/** The glob pattern, under the kind's folder, of its files in the given languages (for Astro's glob loader). */
export function globPattern(kind: KindEntry, langs: readonly ContentLang[]): string {
  const ext = kind.extensions.length > 1 ? `{${kind.extensions.join(',')}}` : kind.extensions[0];
  const set = langs.length > 1 ? `{${langs.join(',')}}` : langs[0];
  if (kind.layout === 'folders') return `${set}/*.${ext}`;
  if (kind.layout === 'language-files') return `${set}.${ext}`;
  return `*.${ext}`;
}

/** The files every build needs (the glossary), so a missing one is reported rather than skipped. */
export const REQUIRED_FILES = (CONTENT_KINDS as readonly KindEntry[]).filter((k) => k.required).map((k) => k.folder);

/** The items of every kind among the given content paths: the slugs of its files, each once. */
export function contentSlugs(paths: string[]): Partial<Record<ContentKindName, string[]>> {
  const slugs: Partial<Record<ContentKindName, string[]>> = {};
  for (const path of paths) {
    const placed = placeFile(path);
    if (!placed || (placed.lang !== undefined && placed.lang !== SOURCE_LANG)) continue;
    (slugs[placed.kind.name as ContentKindName] ??= []).push(placed.slug);
  }
  return slugs;
}
