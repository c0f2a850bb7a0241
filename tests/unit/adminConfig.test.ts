// The browser editor's configuration is generated from the content registry and schemas
// (src/lib/admin/cmsConfig.ts): an editor finds a form field for every field a schema or a content file
// has, with the schemas' required fields and allowed values, data fields only on the Chinese side.
import { describe, expect, it } from 'vitest';
import { cmsConfig, kindFields, TOOL_FIELDS } from '../../src/lib/admin/cmsConfig.ts';
import { jsonSchemaOf, mergedObject, type EditorField, type JsonSchema } from '../../src/lib/admin/fieldsFromSchema.ts';
import { KIND_LABELS } from '../../src/lib/admin/labels.ts';
import { CONTENT_KINDS, placeFile, type KindEntry } from '../../src/lib/content/registry.ts';
import { DISTRICTS, SERVICE_NEEDS } from '../../src/lib/schemas/service.ts';
import { TARGET_UNITS } from '../../src/lib/schemas/target.ts';
import { CONTENT_LANGS, SOURCE_LANG } from '../../src/i18n/locales.ts';
import { readContentFiles } from '../../src/data/contentFiles.ts';
import { parseContent } from '../../src/lib/content/parse.ts';

const config = cmsConfig({ labels: KIND_LABELS });
const kinds = CONTENT_KINDS as readonly KindEntry[];
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const fieldsOf = (name: string) => collection(name).fields ?? collection(name).files![0].fields;
const field = (fields: EditorField[], path: string): EditorField | undefined => {
  const [head, ...rest] = path.split('.');
  const found = fields.find((f) => f.name === head);
  if (!found || rest.length === 0) return found;
  return field(found.fields ?? (found.field ? [found.field] : []), rest.join('.'));
};

/** Every field path a JSON Schema allows (list entries have no index: sources.title). */
function schemaPaths(node: JsonSchema, prefix = ''): string[] {
  const shape = mergedObject(node);
  if (shape.type === 'array' && shape.items) return schemaPaths(shape.items, prefix);
  return Object.entries(shape.properties ?? {}).flatMap(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    return [path, ...schemaPaths(child, path)];
  });
}

/** Every field path the editor shows (a root list's entries at the top, as the file holds them). */
function editorPaths(fields: EditorField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    if (f.root) return editorPaths(f.fields ?? [], prefix);
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    const children = f.fields ?? (f.field?.fields ? f.field.fields : []);
    return [path, ...editorPaths(children, path)];
  });
}

/** Every field path used in a data value (list entries have no index). */
function dataPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => dataPaths(item, prefix));
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  return Object.entries(value).flatMap(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    return [path, ...dataPaths(child, path)];
  });
}

describe('the browser editor’s configuration', () => {
  it('has one collection per kind of content, in the registry’s order', () => {
    expect(config.collections.map((c) => c.name)).toEqual(kinds.map((k) => k.name));
  });

  it.each(kinds.map((k) => [k.name, k] as const))('%s: every field of its schemas has a form field', (_name, kind) => {
    const shown = new Set(editorPaths(kindFields(kind)));
    const schemas = [kind.schema, kind.translationSchema].filter((s) => s !== undefined);
    const missing = schemas.flatMap((schema) => schemaPaths(jsonSchemaOf(schema))).filter((p) => !shown.has(p));
    expect(missing).toEqual([]);
  });

  it('has a form field for every field that a content file uses', () => {
    const missing = readContentFiles().flatMap(({ path, text }) => {
      const placed = placeFile(path);
      if (!placed) return [];
      const shown = new Set(editorPaths(kindFields(placed.kind)));
      return dataPaths(parseContent(path, text).data)
        .filter((p) => !shown.has(p))
        .map((p) => `${path}: ${p}`);
    });
    expect(missing).toEqual([]);
  });

  it('has zh as the default locale and English as the twin folder', () => {
    expect(config.i18n).toEqual({
      structure: 'multiple_folders',
      locales: [...CONTENT_LANGS],
      default_locale: SOURCE_LANG,
    });
    expect(collection('progress')).toMatchObject({ folder: 'content/progress', i18n: true, extension: 'md' });
    expect(collection('overseas').files![0].file).toBe('content/overseas/{{locale}}.mdx');
  });

  it('keeps data fields to the Chinese file and offers the translatable ones in English too', () => {
    const progress = fieldsOf('progress');
    for (const path of ['title', 'summary', 'body']) expect(field(progress, path)?.i18n, path).toBe(true);
    for (const path of ['date', 'sources', 'figures', 'assessments'])
      expect(field(progress, path)?.i18n, path).toBe(false);
    expect(field(fieldsOf('services'), 'contact')?.i18n).toBe(false);
    expect(field(fieldsOf('services'), 'summary')?.i18n).toBe(true);
  });

  it('asks for the fields the schemas require, and lets optional ones be left empty', () => {
    const progress = fieldsOf('progress');
    expect(field(progress, 'sources')).toMatchObject({ widget: 'list', min: 1 });
    expect(field(progress, 'sources')?.required).toBeUndefined();
    expect(field(progress, 'figures')?.required).toBe(false);
    expect(field(progress, 'sources.url')?.required).toBe(false);
    expect(field(progress, 'sources.date')?.required).toBeUndefined();
    expect(field(fieldsOf('services'), 'contact.phone')?.required).toBe(false);
    expect(field(fieldsOf('services'), 'contact.phone.verified')?.required).toBeUndefined();
  });

  it('offers the schemas’ allowed values as choices', () => {
    const services = fieldsOf('services');
    expect(field(services, 'district')).toMatchObject({ widget: 'select', options: [...DISTRICTS] });
    expect(field(services, 'needs')).toMatchObject({
      widget: 'select',
      multiple: true,
      options: [...SERVICE_NEEDS],
      min: 1,
    });
    const targets = fieldsOf('targets');
    expect(field(targets, 'unit')).toMatchObject({ widget: 'select', options: [...TARGET_UNITS] });
    // A target is quantitative or qualitative; the value is required of neither in the merged form.
    expect(field(targets, 'kind')).toMatchObject({ widget: 'select', options: ['quantitative', 'qualitative'] });
    expect(field(targets, 'value')?.required).toBe(false);
    expect(field(targets, 'clause')?.required).toBeUndefined();
  });

  it('keeps the fields a tool writes in the file without showing them', () => {
    for (const name of Object.keys(TOOL_FIELDS)) expect(field(fieldsOf('progress'), name)?.widget).toBe('hidden');
  });

  it('lets editors make new files only where npm run new does, or where a file is one item, named as the site accepts', () => {
    const creatable = config.collections.filter((c) => c.create).map((c) => c.name);
    expect(creatable.sort()).toEqual(
      kinds
        .filter((k) => k.scaffold || k.layout === 'items')
        .map((k) => k.name)
        .sort(),
    );
    const slug = new RegExp(collection('services').slug!.pattern[0]);
    expect(slug.test('hotline-12330')).toBe(true);
    expect(slug.test('热线')).toBe(false);
  });

  it('opens the Markdown body as typed, so saving keeps clause markers as written', () => {
    expect(field(fieldsOf('plan'), 'body')?.modes?.[0]).toBe('raw');
  });
});
