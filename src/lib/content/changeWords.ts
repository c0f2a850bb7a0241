// What changed, said in a reader's language: "文字修改和来源更新" / "wording changed and sources updated". One
// wording for the change log and every page's history, so the two never describe a change differently.
import type { Lang } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/t.ts';
import { formatList } from '../format/list.ts';
import type { ChangeKind } from './changeKinds.ts';

export function changeKindsInWords(kinds: ChangeKind[], lang: Lang): string {
  const t = useTranslations(lang);
  return formatList(
    kinds.map((kind) => t(`changelog.kind.${kind}`)),
    lang,
  );
}
