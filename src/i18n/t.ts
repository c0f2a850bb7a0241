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
const withFacts = (lang: Lang, text: string) => {
  const facts = planFactsText(lang);
  return text.replace(FACT, (_, name: keyof typeof facts) => facts[name]);
};

// Chinese strings are shown with full-width punctuation (GB/T 15834), whichever width they were typed in,
// widened after the facts are filled in so punctuation beside them is widened too.
const shown = new Map<UIKey, string>();
const zhShown = (key: UIKey) =>
  shown.get(key) ?? shown.set(key, fullWidthPunctuation(withFacts('zh', zh[key]))).get(key)!;

export type Translate = (key: UIKey) => string;

export function useTranslations(lang: Lang): Translate {
  return lang === 'zh' ? zhShown : (key) => withFacts(lang, DICTIONARIES[lang][key]);
}

/**
 * A string with its {name} placeholders filled in. Chinese punctuation is widened after filling, so a comma
 * or bracket beside a placeholder is shown full-width like the rest.
 */
export function translateWith(lang: Lang, key: UIKey, values: Record<string, string>): string {
  const filled = Object.entries(values).reduce(
    (text, [name, value]) => text.replaceAll(`{${name}}`, value),
    withFacts(lang, DICTIONARIES[lang][key]),
  );
  return lang === 'zh' ? fullWidthPunctuation(filled) : filled;
}
