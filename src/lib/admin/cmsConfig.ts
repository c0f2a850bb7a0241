// The browser editor's configuration (Sveltia CMS's config.yml), generated from the content registry and
// its schemas so the editor cannot drift from the content check: one collection per kind of content, zh as
// the default locale with English in its twin folder, data fields only in the Chinese file, select widgets
// from the schemas' allowed values and the schemas' required fields. Served at /admin/config.yml.
import { CONTENT_KINDS, SLUG, type KindEntry } from '../content/registry.ts';
import { CONTENT_LANGS, SOURCE_LANG } from '../../i18n/locales.ts';
import { fieldsOf, fieldsOfShape, jsonSchemaOf, mergedObject, type EditorField } from './fieldsFromSchema.ts';
import { backendFor } from './backend.ts';

/** Fields a tool writes, never an editor: kept in the file (a hidden field keeps its value) but not shown. */
export const TOOL_FIELDS: Readonly<Record<string, string>> = {
  sourceHash: 'npm run translation:mark',
};

export interface CmsCollection {
  name: string;
  label: string;
  folder?: string;
  files?: Array<{ name: string; label: string; file: string; format?: string; i18n?: boolean; fields: EditorField[] }>;
  extension?: string;
  format?: 'frontmatter' | 'json';
  i18n?: boolean;
  create?: boolean;
  slug?: { editable: true; pattern: [string, string]; hint: string };
  summary?: string;
  fields?: EditorField[];
}

export interface CmsConfig {
  backend: Record<string, string>;
  media_folder: string;
  public_folder: string;
  i18n: { structure: 'multiple_folders'; locales: string[]; default_locale: string };
  output: { omit_empty_optional_fields: boolean };
  collections: CmsCollection[];
}

const CONTENT = 'content';

function hideToolFields(fields: EditorField[]): EditorField[] {
  return fields.map((field) =>
    field.name in TOOL_FIELDS ? { name: field.name, label: field.name, widget: 'hidden', i18n: field.i18n } : field,
  );
}

/** Which fields have a value per language: those the translation schema holds, or, where both languages'
 *  files share one schema, every field; for kinds not laid out by language, none (undefined). */
function translatableIn(kind: KindEntry): ((name: string) => boolean) | undefined {
  if (kind.layout !== 'folders' && kind.layout !== 'language-files') return undefined;
  if (!kind.translationSchema) return () => true;
  const translated = new Set(Object.keys(mergedObject(jsonSchemaOf(kind.translationSchema)).properties ?? {}));
  return (name) => translated.has(name);
}

/** The editor fields of a kind's files: its schema's fields, and the Markdown body of a Markdown kind. */
export function kindFields(kind: KindEntry): EditorField[] {
  if (kind.layout === 'file') {
    // A file holding a list (the glossary): the editor edits its entries, the list being the file's root.
    const entries = fieldsOfShape(jsonSchemaOf(kind.schema).items ?? {});
    return [{ name: 'items', label: kind.name, widget: 'list', root: true, fields: entries }];
  }
  const translatable = translatableIn(kind);
  const source = fieldsOf(kind.schema, translatable);
  // Fields only a translation holds (its sourceHash).
  const translationOnly = kind.translationSchema
    ? fieldsOf(kind.translationSchema, () => true).filter((f) => !source.some((s) => s.name === f.name))
    : [];
  // Tool fields first, where npm run translation:mark writes them, so saving keeps the files' order.
  const all = hideToolFields([...source, ...translationOnly]);
  const fields = [...all.filter((f) => f.name in TOOL_FIELDS), ...all.filter((f) => !(f.name in TOOL_FIELDS))];
  if (!kind.extensions.some((ext) => ext === 'md' || ext === 'mdx')) return fields;
  // Raw first, so saving writes the Markdown as typed (clause markers such as {#task-1-1-1} included)
  // rather than as the rich-text editor would re-serialise it.
  const body: EditorField = { name: 'body', label: 'body', widget: 'markdown', modes: ['raw', 'rich_text'] };
  return [...fields, translatable ? { ...body, i18n: true } : body];
}

// A new file's name is its address (/services/<name>/), so the editor types it, in the form the registry
// accepts, rather than having it made from a Chinese title.
const slug: CmsCollection['slug'] = {
  editable: true,
  pattern: [SLUG.source, '只用小写字母、数字和连字符 / lowercase letters, digits and hyphens only'],
  hint: '文件名,即网址的一部分,如 hotline-12330 / the file name, part of the address, e.g. hotline-12330',
};

/** How the list of entries names each one: by its title, or by its name in the source language. */
function summaryOf(fields: EditorField[]): Pick<CmsCollection, 'summary'> {
  if (fields.some((f) => f.name === 'title')) return {};
  const name = fields.find((f) => f.name === 'name' && f.widget === 'object');
  return name ? { summary: `{{name.${SOURCE_LANG}}}` } : { summary: '{{slug}}' };
}

/** The collection of one kind of content. */
export function collectionFor(kind: KindEntry, label: string): CmsCollection {
  const fields = kindFields(kind);
  const extension = kind.extensions[0];
  const format = extension === 'json' ? 'json' : 'frontmatter';
  const inLanguages = kind.layout === 'folders' || kind.layout === 'language-files';
  const named = { name: kind.name, label };
  if (kind.layout === 'folders' || kind.layout === 'items') {
    return {
      ...named,
      folder: `${CONTENT}/${kind.folder}`,
      extension,
      format,
      ...(inLanguages ? { i18n: true } : {}),
      ...summaryOf(fields),
      // New files only where `npm run new` makes them too (the registry's scaffold) or one file is one item.
      ...(kind.scaffold || kind.layout === 'items' ? { create: true, slug } : { create: false }),
      fields,
    };
  }
  const file =
    kind.layout === 'language-files'
      ? `${CONTENT}/${kind.folder}/{{locale}}.${extension}`
      : `${CONTENT}/${kind.folder}`;
  return {
    ...named,
    ...(inLanguages ? { i18n: true } : {}),
    files: [
      { ...named, file, ...(format === 'json' ? { format } : {}), ...(inLanguages ? { i18n: true } : {}), fields },
    ],
  };
}

export interface CmsConfigOptions {
  /** Each kind's name as the editor shows it. */
  labels: Readonly<Record<string, string>>;
  /** The repository's web address (REPOSITORY_URL) and branch, for editing without a local copy. */
  repositoryUrl?: string;
  branch?: string;
  /** The project's name, shown when the editor asks for the folder of a local copy. */
  localName?: string;
}

/** The whole configuration: every kind of the registry, in the registry's order. */
export function cmsConfig(options: CmsConfigOptions): CmsConfig {
  return {
    backend: backendFor(options.repositoryUrl, options.branch, options.localName),
    // The site has no uploaded media; Sveltia CMS needs a folder all the same.
    media_folder: 'public',
    public_folder: '/',
    i18n: { structure: 'multiple_folders', locales: [...CONTENT_LANGS], default_locale: SOURCE_LANG },
    // An optional field left empty is left out of the file, as an editor writing by hand would.
    output: { omit_empty_optional_fields: true },
    collections: (CONTENT_KINDS as readonly KindEntry[]).map((kind) =>
      collectionFor(kind, options.labels[kind.name] ?? kind.name),
    ),
  };
}
