// The name a link to a clause carries (for a screen reader's list of links and on paper). Kept apart from
// clauseRef.ts because it needs the dictionaries, and the search page's script, which imports clauseRef.ts for
// its citations, must not carry every UI string of every language.
import { typographyOf, type Lang } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/t.ts';
import { fullWidthPunctuation } from '../typography/punctuation.ts';
import { clauseKind } from './clauseIds.ts';
import { citedClause } from './clauseRef.ts';

/**
 * A link to a clause as a screen reader's list of links and a printout name it, told apart from every other
 * clause's: the clause as a citation names it, and for a paragraph the plan does not number (a measure of
 * 四, a paragraph of 一 or 六) its place under that number: 四(一)1第2段 / IV (1) 1, paragraph 2. The title, the
 * preamble and the issuing notice are named for what they are. Without the clause's text (a link from another
 * page, rendered from its own file alone) a principle or goal is told apart by its place or group instead.
 */
export function clauseName(id: string, lang: Lang, text?: string): string {
  const t = useTranslations(lang);
  const kind = clauseKind(id);
  if (kind === 'title' || kind === 'preamble' || kind === 'notice') return t(`clause.${kind}`);
  const cited = citedClause(id, text, lang) ?? id;
  const paragraph = (n: string | undefined) =>
    t('clause.paragraphOf')
      .replace('{clause}', cited)
      .replace('{n}', n ?? '');
  if (kind === 'measure' || kind === 'paragraph') return paragraph(id.split('-').at(-1));
  if (text) return cited;
  if (kind === 'principle') return paragraph(id.split('-').at(-1));
  if (kind === 'goal') {
    const group = id.replace('goal-', '');
    const name = group === 'overall' ? t('clause.goalOverall') : t(`goal.${group}` as 'goal.creation');
    return typographyOf(lang) === 'cjk' ? `${cited}“${name}”` : `${cited} ${name}`;
  }
  return cited;
}

/** The clause's name as it follows a short link into the plan: ": IV (1) 1, paragraph 2" / "：四(一)1第2段", after
 *  a colon rather than in brackets, since content often puts the link itself in brackets ("(the clause)"), which
 *  printed as "(the clause (IV (1) 1, paragraph 2))". */
export function clauseLinkRef(id: string, lang: Lang, text?: string): string {
  return useTranslations(lang)('clause.linkRef').replace('{clause}', clauseName(id, lang, text));
}

/** A paragraph's place in the plan, named without its words (四(二)3第1段, 二第1段 / IV (2) 3, paragraph 1): what
 *  paper prints at the start of each paragraph of /plan/ and the side-by-side page above each row, so a printed
 *  quote can be pinned to its paragraph. Punctuation is set here, as the page pass sets text: it goes into an
 *  attribute, which that pass leaves as it is. */
export function clausePlace(id: string, lang: Lang): string {
  const place = clauseName(id, lang);
  return typographyOf(lang) === 'cjk' ? fullWidthPunctuation(place) : place;
}
