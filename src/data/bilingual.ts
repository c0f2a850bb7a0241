// Pairs each source-language record (which holds the shared fields: dates, sources, contacts) with the entry
// whose text is in the requested language: itself for the source language (and languages generated from it),
// its translation otherwise. The content check guarantees every record has its translations.
import { SOURCE_LANG, contentLang, type Lang } from '../i18n/locales.ts';

export function withLanguageText<R extends { id: string }, E extends { id: string }>(
  records: R[],
  translations: E[],
  lang: Lang,
): Array<{ record: R; text: R | E }> {
  const from = contentLang(lang);
  return records.map((record) => ({
    record,
    text: from === SOURCE_LANG ? record : translations.find((e) => e.id === `${from}/${record.id}`)!,
  }));
}
