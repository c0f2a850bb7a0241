// The editor's form fields for one content schema, read from the schema's JSON Schema (Zod's own
// z.toJSONSchema), so the browser editor asks for exactly what the content check accepts: the same
// fields, the same required ones, the same allowed values and the same patterns.
import { z, type ZodType } from 'astro/zod';

/** The JSON Schema of a content schema, as an editor fills it in (defaults make a field optional). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
}

/** One field of the editor's configuration (the subset of Sveltia CMS's field options this site uses). */
export interface EditorField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'select' | 'list' | 'object' | 'hidden' | 'markdown';
  required?: false;
  i18n?: boolean;
  hint?: string;
  options?: string[];
  multiple?: boolean;
  min?: number;
  value_type?: 'int' | 'float';
  pattern?: [string, string];
  fields?: EditorField[];
  field?: EditorField;
  root?: boolean;
  modes?: Array<'raw' | 'rich_text'>;
}

export function jsonSchemaOf(schema: ZodType): JsonSchema {
  // `input`: what a file holds before defaults apply; preprocessing (a YAML date) is not expressible and
  // is left to the content check.
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** A union of object shapes (a target is quantitative or qualitative) as one shape: every field of every
 *  variant, required only where every variant requires it; a discriminator's constants become its options. */
export function mergedObject(node: JsonSchema): JsonSchema {
  const variants = node.oneOf ?? node.anyOf;
  if (!variants) return node;
  const shapes = variants.map(mergedObject);
  const properties: Record<string, JsonSchema> = {};
  for (const shape of shapes) {
    for (const [name, property] of Object.entries(shape.properties ?? {})) {
      const seen = properties[name];
      if (seen && property.const !== undefined) {
        seen.enum = [...(seen.enum ?? [seen.const]), property.const];
        delete seen.const;
      } else if (!seen) properties[name] = { ...property };
    }
  }
  const required = Object.keys(properties).filter((name) => shapes.every((s) => s.required?.includes(name)));
  return { type: 'object', properties, required };
}

// Fields worth a text area rather than one line: what a reader reads as a sentence or more.
const LONG_TEXT = new Set(['summary', 'description', 'quote', 'note', 'planWording', 'text']);

/** The editor field for one property of a schema. `translatable` says whether it has a value per language. */
export function fieldFor(name: string, node: JsonSchema, required: boolean, translatable?: boolean): EditorField {
  const base: EditorField = {
    name,
    label: name,
    widget: 'string',
    ...(required ? {} : { required: false as const }),
    ...(translatable === undefined ? {} : { i18n: translatable }),
  };
  const shape = mergedObject(node);
  const type = Array.isArray(shape.type) ? shape.type[0] : shape.type;
  const allowed = shape.enum ?? (shape.const !== undefined ? [shape.const] : undefined);
  if (allowed) return { ...base, widget: 'select', options: allowed.map(String) };
  if (type === 'object') {
    const childRequired = new Set(shape.required ?? []);
    const fields = Object.entries(shape.properties ?? {}).map(([child, property]) =>
      fieldFor(child, property, childRequired.has(child)),
    );
    return { ...base, widget: 'object', fields };
  }
  if (type === 'array') {
    const items = mergedObject(shape.items ?? {});
    const min = shape.minItems ? { min: shape.minItems } : {};
    if (items.enum) return { ...base, widget: 'select', multiple: true, options: items.enum.map(String), ...min };
    const item = fieldFor(name, items, true);
    if (item.widget === 'object') return { ...base, widget: 'list', fields: item.fields, ...min };
    // Sveltia refuses a pattern on a list's single field (its config check stops the editor), so a list of
    // strings keeps only the widget; content:check still holds each value to the schema's pattern.
    const { pattern: _unsupported, ...field } = item;
    return { ...base, widget: 'list', field: { ...field, label: name }, ...min };
  }
  if (type === 'number' || type === 'integer') {
    const min = typeof shape.minimum === 'number' ? { min: shape.minimum } : {};
    return { ...base, widget: 'number', value_type: type === 'integer' ? 'int' : 'float', ...min };
  }
  if (type === 'boolean') return { ...base, widget: 'boolean' };
  const widget = LONG_TEXT.has(name) ? 'text' : 'string';
  const pattern: Partial<EditorField> = shape.pattern
    ? { pattern: [shape.pattern, `应符合格式 / must match ${shape.pattern}`] }
    : {};
  const hint = shape.format === 'uri' ? { hint: 'https://…' } : {};
  return { ...base, widget, ...pattern, ...hint };
}

/** The editor fields of an object shape (or a union of object shapes). */
export function fieldsOfShape(node: JsonSchema, translatable?: (name: string) => boolean): EditorField[] {
  const shape = mergedObject(node);
  const required = new Set(shape.required ?? []);
  return Object.entries(shape.properties ?? {}).map(([name, property]) =>
    fieldFor(name, property, required.has(name), translatable?.(name)),
  );
}

/** The editor fields of a whole file's schema (an object, or a union of objects). */
export const fieldsOf = (schema: ZodType, translatable?: (name: string) => boolean): EditorField[] =>
  fieldsOfShape(jsonSchemaOf(schema), translatable);
