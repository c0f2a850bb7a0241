// House style of the English, beyond spelling: one name for the programme, en dashes in ranges of years,
// dates in words, "Centre" unless an official name says "Center", and straight apostrophes (issue 26).
// Pure: prose lines in (spelling.ts reads them), problems out; the glossary supplies the decided names.
import { LOCALE_INFO } from '../../i18n/localeTable.ts';
import { SOURCE_LANG, type ContentLang } from '../../i18n/locales.ts';
import type { ContentProblem } from './problems.ts';
import type { GlossaryTerm } from '../schemas/glossaryTerms.ts';
import type { ProseLine } from './spelling.ts';

/** The glossary's rendering of a source term, for messages (falls back to pointing at the glossary). */
const decided = (terms: GlossaryTerm[], source: string, lang: ContentLang) => {
  const rendering = terms.find((t) => t[SOURCE_LANG] === source)?.[lang];
  return rendering ? `“${rendering}”` : 'the English content/glossary/terms.json decides';
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Rule {
  /** What breaks the rule in a line of English prose. */
  pattern: RegExp;
  /** The message, in Chinese and English, given the text that matched. */
  message: (found: string) => string;
  /** Text to take out of the line before matching (official names that keep their own spelling). */
  allowed?: RegExp;
}

function rules(terms: GlossaryTerm[], lang: ContentLang): Rule[] {
  // "Center" is allowed only inside a name the glossary lists with that spelling (an official English name,
  // such as the WIPO programme's or the protection centre's); everywhere else en-GB says "Centre".
  const officialCenters = terms
    .flatMap((t) => [t[lang], ...(t.variants ?? [])])
    .filter((name) => /\bCenters?\b/.test(name))
    .sort((a, b) => b.length - a.length)
    .map(escape);
  const city = decided(terms, '知识产权强市', lang);
  const country = decided(terms, '知识产权强国', lang);
  return [
    {
      // One name for the programme: "IP-strong city", "IP Strong City" and the like are the variants issue 26
      // found; any "IP-strong …" is one of them.
      pattern: /\bIP[- ]strong\b|\bstrong IP (?:city|cities|country|province)\b/gi,
      message: (found) =>
        `“${found}”不是本站对“知识产权强市/强国”的统一译法:请写 ${city}(知识产权强市)或 ${country}(知识产权强国),见 content/glossary/terms.json / "${found}" is not the site's name for the programme: write ${city} for 知识产权强市 and ${country} for 知识产权强国, as content/glossary/terms.json decides`,
    },
    {
      pattern: /\b(?:19|20)\d\d-(?:19|20)\d\d\b/g,
      message: (found) =>
        `年份区间用短破折号(en dash):写作“${found.replace('-', '–')}” / a range of years takes an en dash, not a hyphen: write "${found.replace('-', '–')}"`,
    },
    {
      pattern: /\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b/g,
      message: (found) => {
        const words = new Intl.DateTimeFormat(LOCALE_INFO[lang].intl, { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(`${found}T00:00:00Z`),
        );
        return `英文正文中的日期用文字书写:“${words}”;YYYY-MM-DD 只用于数据字段 / write dates in words in English text: "${words}"; YYYY-MM-DD is for data fields only`;
      },
    },
    {
      pattern: /\bCenters?\b/g,
      allowed: officialCenters.length > 0 ? new RegExp(officialCenters.join('|'), 'g') : undefined,
      message: (found) =>
        `英式英语写“Centre”;“Center”只用于术语表中列出的官方英文名称 / "${found}" is the American spelling: write "Centre", unless it is part of an official English name listed in content/glossary/terms.json (add the name there, with its source)`,
    },
    {
      pattern: /[‘’]/g,
      message: () =>
        `英文统一使用直引号和直撇号 (') / the English uses straight apostrophes and quotes ('): replace the curly one`,
    },
  ];
}

/** One problem per rule and line, naming the text that broke it. */
export function checkEnglishStyle(
  terms: GlossaryTerm[],
  file: string,
  lines: ProseLine[],
  lang: ContentLang,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const all = rules(terms, lang);
  for (const { where, text } of lines) {
    for (const rule of all) {
      const checked = rule.allowed ? text.replace(rule.allowed, ' ') : text;
      const found = checked.match(rule.pattern);
      if (found) problems.push({ file, field: where, message: rule.message(found[0]) });
    }
  }
  return problems;
}
