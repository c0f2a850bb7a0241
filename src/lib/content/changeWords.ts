// What changed, said in a reader's language: "“办理步骤”和“谁能帮忙”文字修改和来源更新" / "wording changed in “Steps”
// and “Who can help” and sources updated". One wording for the change log and every page's history, so the two
// never describe a change differently. At most three places are named; the rest are counted. A fact changed is
// told with its old and new value, which a reporter who quoted the old one needs.
import type { Lang } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/t.ts';
import { formatList, formatSeries } from '../format/list.ts';
import type { ChangeKind } from './changeKinds.ts';
import type { TextPlace } from './changePlaces.ts';
import type { ValueChange } from './valueChanges.ts';
import { formatAsOf } from '../targets/format.ts';

const NAMED = 3;
const rank = (place: TextPlace) => ('part' in place ? ['title', 'introduction'].indexOf(place.part) + 1 || 3 : 3);

/** The places wording changed in, in words; undefined when none can be named (wording in data files). */
export function placesInWords(places: TextPlace[], lang: Lang): string | undefined {
  const t = useTranslations(lang);
  const named = places
    .filter((place) => !('part' in place && place.part === 'elsewhere'))
    // The title and the opening first, as a reader meets them; the sections in the order they were changed.
    .sort((a, b) => rank(a) - rank(b))
    .map((place) =>
      'heading' in place
        ? t('changelog.place.heading').replace('{heading}', place.heading)
        : t(`changelog.place.${place.part as 'title' | 'introduction'}`),
    );
  if (!named.length) return undefined;
  const elsewhere = named.length < places.length;
  // With wording also changed where no name can be given, the places are not counted: "等处" / "and elsewhere".
  if (elsewhere) return t('changelog.place.elsewhere').replace('{places}', formatSeries(named.slice(0, NAMED), lang));
  if (named.length > NAMED)
    return t('changelog.place.more')
      .replace('{places}', formatList(named.slice(0, NAMED), lang))
      .replace('{total}', String(named.length));
  return formatList(named, lang);
}

export function changeKindsInWords(
  kinds: ChangeKind[],
  lang: Lang,
  places: TextPlace[] = [],
  values: ValueChange[] = [],
): string {
  const t = useTranslations(lang);
  const where = placesInWords(places, lang);
  return (
    formatList(
      kinds.map((kind) =>
        kind === 'text' && where ? t('changelog.kind.textIn').replace('{places}', where) : t(`changelog.kind.${kind}`),
      ),
      lang,
    ) + valuesInWords(values, lang)
  );
}

/** The facts a day changed, old → new, after what changed: "（期限：2025年6月 → 2024年12月）" / " (deadline: June 2025
 *  → December 2024)"; dates written as the page writes dates, other values as they are in the file. Empty for none. */
export function valuesInWords(values: ValueChange[], lang: Lang): string {
  if (!values.length) return '';
  const t = useTranslations(lang);
  const shown = (value: string) => (/^\d{4}-\d{2}(?:-\d{2})?$/.test(value) ? formatAsOf(value, lang) : value);
  const each = values.map((change) =>
    t('changelog.value')
      .replace('{field}', t(`changelog.field.${change.field}`))
      .replace('{from}', shown(change.from))
      .replace('{to}', shown(change.to)),
  );
  return t('changelog.values').replace('{values}', each.join(t('changelog.valueSeparator')));
}
