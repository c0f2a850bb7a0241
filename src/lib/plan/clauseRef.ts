// How a clause is named to readers: its number in the plan's own numbering and its lead phrase,
// e.g. "四(一)1 健全高价值专利培育机制" / "IV (1) 1 Improve the mechanism for cultivating high-value patents".
// Clause IDs (task-1-1-2) are anchors for links, never text people read.
import { typographyOf, type Lang } from '../../i18n/locales.ts';
import { clauseKind } from './clauseIds.ts';
import { clauseLabel } from './contents.ts';
import { leadPhrase } from './leadPhrase.ts';

const ZH_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

// Which part of the plan each kind of clause sits in (二、基本原则, 三、主要目标, 四、重点任务, 五、时序进度, 六、保障措施).
const PART_OF: Record<string, number> = { principle: 2, goal: 3, task: 4, phase: 5, safeguard: 6 };

/** The clause's number as the plan writes it: 四(一)1 / IV (1) 1; measures share their subsection's number. */
export function clauseNumber(id: string, lang: Lang): string | undefined {
  const [head, ...rest] = id.split('-');
  const numbers = rest.map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const part = head === 'part' ? numbers.shift() : PART_OF[head];
  if (!part) return undefined;
  const [area, subsection] = head === 'task' ? numbers : head === 'safeguard' ? numbers.slice(0, 1) : [];
  if (typographyOf(lang) === 'cjk')
    return `${ZH_NUMERALS[part]}${area ? `(${ZH_NUMERALS[area]})` : ''}${subsection ?? ''}`;
  return [ROMAN[part], area && `(${area})`, subsection].filter(Boolean).join(' ');
}

/** What a clause is about, short enough for a title or a link: its lead phrase (健全高价值专利培育机制), else
 *  its first sentence, shortened at a phrase or word (lib/typography/shorten.ts). */
export function clausePhrase(text: string, lang: Lang): string {
  // Sentences in Latin script run about twice as long in characters as Chinese ones.
  const max = typographyOf(lang) === 'latin' ? 80 : 40;
  return (leadPhrase(text) ?? clauseLabel(text, lang, max)).replace(/[。.]$/, '');
}

/** Number and lead phrase, for links to a clause: "四(一)1 健全高价值专利培育机制". */
export function clauseRef(id: string, text: string | undefined, lang: Lang): string {
  return [clauseNumber(id, lang), text ? clausePhrase(text, lang) : ''].filter(Boolean).join(' ');
}

/** A clause as a citation names it, so each paragraph is told apart: its number (a phase's with its own
 *  (一)…(四), 五(一)); a paragraph the plan does not number (a principle of 二, a goal of 三) adds its lead
 *  phrase in quotes: 三“知识产权运用市场更活、效益更高” / III "IP will be used more actively …". */
export function citedClause(id: string, text: string | undefined, lang: Lang): string | undefined {
  const number = clauseNumber(id, lang);
  const kind = clauseKind(id);
  if (!number) return undefined;
  const cjk = typographyOf(lang) === 'cjk';
  if (kind === 'phase') {
    const n = Number(id.split('-')[1]);
    return cjk ? `${number}(${ZH_NUMERALS[n]})` : `${number} (${n})`;
  }
  if (kind !== 'principle' && kind !== 'goal') return number;
  if (!text) return number;
  const phrase = clausePhrase(text, lang);
  return cjk ? `${number}“${phrase}”` : `${number} "${phrase}"`;
}
