// When Changzhou's figures for the targets were last looked for (a target's `checked`, from docs/research/), in
// the words a reader sees beside "暂无公开数据": the date and what was searched, so "no figure" has an age.
import { inLang, type Lang } from '../../i18n/locales.ts';
import { LOCALE_INFO } from '../../i18n/localeTable.ts';
import type { TargetRecord } from '../schemas/target.ts';
import { formatAsOf } from './format.ts';

export type Check = NonNullable<TargetRecord['checked']>;

/** The sentence for one check: the dictionary's pattern ({date}, {sources}), the sources joined as the language
 *  joins a list (、和 / commas and "and"). */
export function checkedLine(check: Check, lang: Lang, pattern: string): string {
  const sources = new Intl.ListFormat(LOCALE_INFO[lang].intl, { type: 'conjunction' }).format(
    check.sources.map((source) => inLang(source, lang)),
  );
  return pattern.replace('{date}', formatAsOf(check.date, lang)).replace('{sources}', sources);
}

/**
 * One check for a list of targets, when every one of them records a search of the same day: that day and everything
 * the search looked in (each once, in the order first named). The list then says it once, as it does a shared
 * status; undefined when a target records none or the days differ, and each card says its own.
 */
export function sharedCheck(checks: Array<Check | undefined>): Check | undefined {
  const [first] = checks;
  if (!first || checks.some((check) => check?.date !== first.date)) return undefined;
  const sources = new Map(checks.flatMap((check) => check!.sources.map((source) => [JSON.stringify(source), source])));
  return { date: first.date, sources: [...sources.values()] };
}
