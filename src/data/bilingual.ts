// Pairs each Chinese record (which holds the shared fields: dates, sources, contacts) with the entry
// whose text is in the requested language: itself for Chinese, its English twin otherwise.
// The content check guarantees every record has its twin.
import type { Lang } from '../i18n/locales.ts';

export function withLanguageText<R extends { id: string }, E extends { id: string }>(
  records: R[],
  english: E[],
  lang: Lang,
): Array<{ record: R; text: R | E }> {
  return records.map((record) => ({ record, text: lang === 'zh' ? record : english.find((e) => e.id === record.id)! }));
}
