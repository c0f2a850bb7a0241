// Splits what someone typed into the words worth searching for: the browser's Intl.Segmenter finds the
// words (Chinese has no spaces: 专利侵权投诉电话 → 专利 侵权 投诉 电话), and the question words and
// filler that Pagefind would otherwise require on the page (怎么, 电话, "how", "to" …) are dropped.
import { LOCALE_INFO } from '../../i18n/localeTable.ts';
import type { Lang } from '../../i18n/locales.ts';
import type { TypographyProfile } from '../../i18n/localeTable.ts';

/** Words that carry no subject: question words, filler, and what every page of this site is about; by
 *  typography profile, written in the source's script. A generated language adds the same words in its own
 *  script (stopWordsShownIn), converted at build time by its converter, never kept as a second list. */
export const STOP_WORDS: Record<TypographyProfile, ReadonlySet<string>> = {
  cjk: new Set(
    (
      '怎么 怎么办 怎样 怎么样 如何 哪里 哪儿 哪个 哪些 在哪 在哪里 什么 啥 吗 呢 吧 啊 呀 么 的 地 得 了 着 过 是 有 没有 有没有 ' +
      '我 我们 我的 你 你们 您 他 她 它 想 要 需要 应该 可以 能 能否 可否 会 该 去 到 找 在 和 与 及 或 或者 给 让 把 被 对 从 向 ' +
      '请问 请 一下 一个 这个 那个 这 那 个 哪 谁 多少 几 电话 号码 电话号码 联系 联系方式 联系电话 联络 地址 网址 ' +
      '常州 常州市 本市 我市 市里 看 查看 办 办理 咨询 问 问题 相关 关于 方面 情况 事 事情 被人 别人 有人 他人 发现'
    ).split(' '),
  ),
  latin: new Set(
    (
      'a an the to of for in on at by with about from into and or how what where who whom which when why ' +
      'is are was were be been do does did can could should would will shall may might must ' +
      'i me my mine we us our you your it its they them their this that these those there here ' +
      'get got find contact phone number telephone call address email please any some anyone someone ' +
      'changzhou city need needs want'
    ).split(' '),
  ),
};

/** Questions about whom to call or how to get in touch, removed whole before the query is split: the word
 *  splitter cuts 打什么电话 into 打 / 什么 / 电话, and the 打 left over would be searched for, glued to the
 *  subject (专利纠纷打). Written in the source's script; a generated language gets its own forms with the stop
 *  words (stopWordsShownIn). Longer phrases first, so the longest one is removed. */
export const QUESTION_PHRASES: readonly string[] = (
  '应该打什么电话 应该打哪个电话 该打什么电话 该打哪个电话 拨打什么电话 拨打哪个电话 打什么电话 打哪个电话 ' +
  '电话怎么打 怎么打电话 电话是多少 号码是多少 打什么号码 打哪个号码 打几号 打哪个号 拨什么号码 打电话 拨打电话 打给谁 找哪个部门 找什么部门 找谁 ' +
  '怎么联系 如何联系 怎样联系 联系谁 怎么找 去哪儿 去哪里 去哪 ' +
  'what number should i call|what number do i call|which number do i call|which number should i call|' +
  'what number do i ring|who do i call|who should i call|who can i call|who do i contact|who should i contact|' +
  'how do i contact|how can i contact|how to contact|what is the phone number'
)
  .split(/\s(?=\p{Script=Han})|(?<=\p{Script=Han})\s|\|/u)
  .map((p) => p.trim())
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);

/** Stop words the page added in its own script (see addStopWords). */
const pageStopWords = new Set<string>();

/** The stop words as a language whose text is converted writes them (怎么 → 怎麼), where they differ: made at
 *  build time with the language's converter and handed to the browser by the search page, so the browser
 *  needs no converter of its own. Empty for a language shown as written. */
export function stopWordsShownIn(convert: (text: string) => string): string[] {
  const all = [...Object.values(STOP_WORDS).flatMap((words) => [...words]), ...QUESTION_PHRASES];
  const known = new Set(all);
  return [...new Set(all.map((word) => convert(word).toLowerCase()))].filter((word) => !known.has(word));
}

/** Adds the page's own forms of the stop words (stopWordsShownIn), once, before the first search. */
export function addStopWords(words: Iterable<string>): void {
  for (const word of words) if (word) pageStopWords.add(word.toLowerCase());
}

const segmenters = new Map<Lang, Intl.Segmenter>();
function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(LOCALE_INFO[lang].intl, { granularity: 'word' })));
  return s;
}

/** Every word of the query, in order, punctuation and spaces left out. */
function segmentWords(query: string, lang: Lang): string[] {
  return [...segmenter(lang).segment(query.trim())].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** Phrases the page added in its own script: its stop words of three or more Chinese characters (打什麼電話). */
function pagePhrases(): string[] {
  return [...pageStopWords].filter((word) => /^\p{Script=Han}{3,}$/u.test(word));
}

/**
 * The query without its questions about whom to call or how to get in touch (专利纠纷打什么电话 → 专利纠纷;
 * "patent dispute, what number do I call" → "patent dispute"), each replaced by a space so what is left on either
 * side is not glued together. Latin phrases only as whole words. The query as typed when nothing else is left.
 */
export function withoutQuestionPhrases(query: string): string {
  let text = query;
  const phrases = [...QUESTION_PHRASES, ...pagePhrases()].sort((a, b) => b.length - a.length);
  for (const phrase of phrases) {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    const pattern = /\p{Script=Han}/u.test(phrase) ? escaped : `(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`;
    text = text.replace(new RegExp(pattern, 'giu'), ' ');
  }
  const left = text.replace(/\s+/g, ' ').trim();
  return /[\p{L}\d]/u.test(left) ? left : query.trim();
}

/** The words of the query worth searching for: no stop words, no repeats. Empty if nothing is left. */
export function queryWords(query: string, lang: Lang): string[] {
  // Stop words of every language are dropped: people mix English words into Chinese queries and vice versa.
  const stops = Object.values(STOP_WORDS);
  const isStop = (word: string) => pageStopWords.has(word) || stops.some((stop) => stop.has(word));
  const words = segmentWords(withoutQuestionPhrases(query), lang).filter((w) => !isStop(w.toLowerCase()));
  return [...new Set(words)];
}
