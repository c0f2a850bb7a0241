// Looks up UI strings in the dictionary of a language.
import type { UIKey } from './dictionaries.ts';
import { DICTIONARIES } from './dictionaries.ts';
import { LOCALES, typographyOf, type Lang } from './locales.ts';
import { fullWidthPunctuation } from '../lib/typography/punctuation.ts';
import { planFactsText } from '../lib/plan/facts.ts';

// The plan's facts are written once (src/lib/plan/facts.ts): strings name them as {issuer}, {issued}, {start}
// and {end}, and every lookup fills them in, in the string's language.
const FACT = /\{(issuer|issued|start|end)\}/g;
type Facts = ReturnType<typeof planFactsText>;

// Strings in a CJK language are shown with full-width punctuation (GB/T 15834), whichever width they were
// typed in, widened after the facts are filled in so punctuation beside them is widened too. (Page text is
// widened again by the page pass, src/lib/typography/pagePass.ts; strings also go into attributes and files.)
function lookup(lang: Lang): Translate {
  const facts: Facts = planFactsText(lang);
  const shown = new Map<UIKey, string>();
  const widen = typographyOf(lang) === 'cjk' ? fullWidthPunctuation : (text: string) => text;
  return (key) => {
    let text = shown.get(key);
    if (text === undefined) {
      text = widen(DICTIONARIES[lang][key].replace(FACT, (_, name: keyof Facts) => facts[name]));
      shown.set(key, text);
    }
    return text;
  };
}

export type Translate = (key: UIKey) => string;

const TRANSLATORS = new Map<Lang, Translate>(LOCALES.map((lang) => [lang, lookup(lang)]));

export function useTranslations(lang: Lang): Translate {
  return TRANSLATORS.get(lang)!;
}
