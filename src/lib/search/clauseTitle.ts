// The title of a search result on the plan: what the clause is about, with its number in the plan's own
// numbering — its lead phrase (四(二)1 推动知识产权纠纷多元化解决), or, for a clause that opens straight into a long
// sentence, the heading it stands under (四(二)3 加强知识产权维权援助 / IV (2) 3 Strengthen IP Rights Protection
// Assistance), never that first sentence cut short.
import { typographyOf, type Lang } from '../../i18n/locales.ts';
import { clauseNumber, clausePhrase } from '../plan/clauseRef.ts';
import { leadPhraseIn } from '../plan/leadPhrase.ts';
import { fullWidthPunctuation } from '../typography/punctuation.ts';
import { anchorText, type Anchor } from './clauseHits.ts';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** A heading's own number, which the clause number replaces: 3. · (二) · （二） · 四、 · (2) · IV. */
const HEADING_NUMBER = /^\s*(?:[(（][^)）]{1,4}[)）]|[一二三四五六七八九十]+、|\d+\.|[IVXLC]+\.)\s*/u;

/** The words of the heading a clause stands under (the nearest heading at or before it), without its number. */
function headingWords(anchors: Anchor[], clause: Pick<Anchor, 'id' | 'location'>): string | undefined {
  const heading = anchors
    .filter((a) => HEADINGS.has(a.element) && a.location <= clause.location)
    .sort((a, b) => b.location - a.location)[0];
  const words = heading && anchorText(heading).replace(HEADING_NUMBER, '').trim();
  return words || undefined;
}

/** The clause's title in its page's language and punctuation (full-width in Chinese, as the page shows it). */
export function clauseTitle(anchors: Anchor[], id: string, text: string, lang: Lang): string {
  const clause = anchors.find((a) => a.id === id);
  // A heading is titled by its own words; only a paragraph has a lead phrase.
  const lead = clause && HEADINGS.has(clause.element) ? undefined : leadPhraseIn(text, lang)?.replace(/[。.]$/, '');
  const phrase = lead ?? (clause && headingWords(anchors, clause)) ?? clausePhrase(text, lang);
  const title = [clauseNumber(id, lang), phrase].filter(Boolean).join(' ');
  return typographyOf(lang) === 'cjk' ? fullWidthPunctuation(title) : title;
}
