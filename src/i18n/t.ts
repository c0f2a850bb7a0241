// Looks up UI strings in the dictionary of a language.
import { zh, type UIKey, type Dictionary } from './zh.ts';
import { en } from './en.ts';
import type { Lang } from './locales.ts';
import { fullWidthPunctuation } from '../lib/typography/punctuation.ts';
import { planFactsText } from '../lib/plan/facts.ts';

const DICTIONARIES: Record<Lang, Dictionary> = { zh, en };

// The plan's facts are written once (src/lib/plan/facts.ts): strings name them as {issuer}, {issued}, {start}
// and {end}, and every lookup fills them in, in the string's language.
const FACT = /\{(issuer|issued|start|end)\}/g;
const FACTS: Record<Lang, ReturnType<typeof planFactsText>> = { zh: planFactsText('zh'), en: planFactsText('en') };
const withFacts = (lang: Lang, text: string) =>
  text.replace(FACT, (_, name: keyof (typeof FACTS)[Lang]) => FACTS[lang][name]);

// Chinese strings are shown with full-width punctuation (GB/T 15834), whichever width they were typed in,
// widened after the facts are filled in so punctuation beside them is widened too.
const shown = new Map<UIKey, string>();
const zhShown = (key: UIKey) =>
  shown.get(key) ?? shown.set(key, fullWidthPunctuation(withFacts('zh', zh[key]))).get(key)!;

export type Translate = (key: UIKey) => string;

export function useTranslations(lang: Lang): Translate {
  return lang === 'zh' ? zhShown : (key) => withFacts(lang, DICTIONARIES[lang][key]);
}
