// Content collections, derived from the one registry of content kinds (src/lib/content/registry.ts): each
// kind's folder, layout and schema make its collection. A kind whose translations hold only the translatable
// fields has two: its records in the source language (`progress`, ids are slugs) and its translations in
// every translated language (`progressTranslations`, ids `<lang>/<slug>`), one model for any number of them.
// Every Markdown loader reads front matter through the content check's parseContent (readAsChecked), so the
// check and the build hand the schemas the same data.
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import type { CollectionConfig } from 'astro/content/config';
import { CONTENT_KINDS, globPattern, type KindEntry } from './lib/content/registry.ts';
import { CONTENT_LANGS, SOURCE_LANG, TRANSLATION_LANGS } from './i18n/locales.ts';
import { readAsChecked } from './data/readAsChecked.ts';

type Kind = (typeof CONTENT_KINDS)[number];
type Collected = Exclude<Kind, { layout: 'file' }> | Extract<Kind, { entrySchema: unknown }>;
type Translated = Extract<Kind, { translationSchema: unknown }>;
type Collections = {
  [K in Collected as K['name']]: CollectionConfig<K extends { entrySchema: infer E } ? E : K['schema']>;
} & {
  [K in Translated as `${K['name']}Translations`]: CollectionConfig<K['translationSchema']>;
};

const base = (kind: KindEntry) => `./content/${kind.folder}`;
const withoutExtension = (entry: string) => entry.replace(/\.[^.]+$/, '');

function collectionsOf(kind: KindEntry): Array<[string, ReturnType<typeof defineCollection>]> {
  if (kind.layout === 'file')
    return kind.entrySchema
      ? [[kind.name, defineCollection({ loader: file(base(kind)), schema: kind.entrySchema })]]
      : [];
  if (!kind.translationSchema)
    return [
      [
        kind.name,
        defineCollection({
          loader: readAsChecked(glob({ pattern: globPattern(kind, CONTENT_LANGS), base: base(kind) })),
          schema: kind.schema,
        }),
      ],
    ];
  return [
    [
      kind.name,
      defineCollection({
        loader: readAsChecked(
          glob({
            pattern: globPattern(kind, [SOURCE_LANG]),
            base: base(kind),
            generateId: ({ entry }) => withoutExtension(entry.split('/')[1]),
          }),
        ),
        schema: kind.schema,
      }),
    ],
    [
      `${kind.name}Translations`,
      defineCollection({
        loader: readAsChecked(
          glob({
            pattern: globPattern(kind, TRANSLATION_LANGS),
            base: base(kind),
            generateId: ({ entry }) => withoutExtension(entry),
          }),
        ),
        schema: kind.translationSchema,
      }),
    ],
  ];
}

export const collections = Object.fromEntries(
  (CONTENT_KINDS as readonly KindEntry[]).flatMap(collectionsOf),
) as unknown as Collections;
