// Building blocks shared by the content schemas. Messages say what to fix, in Chinese with English.
import { z } from 'astro/zod';
import { CONTENT_LANGS, languageName, type ContentLang } from '../../i18n/locales.ts';
import { writtenDateProblem } from '../dates/writtenDate.ts';
import { editorText } from '../content/editorMessage.ts';

/** An error message for editors: in Chinese, then in English. */
export const msg = (inChinese: string, inEnglish: string) => ({ message: editorText({ inChinese, inEnglish }) });

/** One field per content language ({ zh: …, en: … }), its keys from the locale table. */
export function perLanguage<T>(field: (lang: ContentLang, name: string) => T): { [L in ContentLang]: T } {
  return Object.fromEntries(CONTENT_LANGS.map((lang) => [lang, field(lang, languageName(lang))])) as {
    [L in ContentLang]: T;
  };
}

/** How an editor writes a per-language object, for messages: { zh: …, en: … }. */
export const perLanguageShape = (quote = '') =>
  `{ ${CONTENT_LANGS.map((lang) => `${quote}${lang}${quote}: …`).join(', ')} }`;

// YAML reads an unquoted 2024-04-25 as a Date. The content check hands the schema the date as typed
// (src/lib/content/parse.ts), so a rolled-over date (2024-02-30 read as 2024-03-01) is caught here; the
// build's own reading, which may still be a Date, is turned back into text.
const dateToString = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** A calendar date written as YYYY-MM-DD, and a real one (no 2024-13-01, no 2024-02-30). */
export const isoDate = z.preprocess(
  dateToString,
  z.string(msg('应为日期,格式如 2024-04-25', 'must be a date like 2024-04-25')).superRefine((value, ctx) => {
    const problem = writtenDateProblem(value);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        message: editorText({
          inChinese: `日期“${value}”有误:${problem.inChinese}`,
          inEnglish: `the date "${value}" is wrong: ${problem.inEnglish}`,
        }),
      });
  }),
);

/**
 * Length limits, in characters, so a title fits a heading and a search result, and a summary a sharing card.
 * Set from the longest texts the site has (2026-12: a title of 106, a summary of 291, a name of 141, a
 * source title of 150) with room to spare; a longer text is almost always a paste gone wrong.
 */
export const LENGTH_LIMITS = { title: 120, summary: 320, name: 160, sourceTitle: 200 } as const;

/** A text field held to at most `max` characters (counted as a reader sees them: one per Chinese character). */
export const limitedText = (field: string, max: number, text = z.string()) =>
  text.superRefine((value, ctx) => {
    const length = [...value].length;
    if (length > max)
      ctx.addIssue({
        code: 'custom',
        message: `${field} 有 ${length} 个字符,上限为 ${max}:请缩短(开头为“${[...value].slice(0, 20).join('')}…”) / ${field} has ${length} characters, the limit is ${max}: shorten it (it starts "${[...value].slice(0, 20).join('')}…")`,
      });
  });

/** What a link or source address may be: https: for other sites, or a path on this site. */
export function addressProblem(address: string, allowHttp = false): string | undefined {
  if (address.startsWith('/') && !address.startsWith('//')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
  if (scheme === 'https' || scheme === 'tel' || scheme === 'mailto') return undefined;
  if (scheme === 'http' && allowHttp) return undefined;
  if (scheme === 'http')
    return `地址“${address}”以 http: 开头,未加密:请改用 https:// 地址;若发布方确实只提供 http 地址,请在来源中写 allowHttp: true(正文链接写入 front matter 的 allowHttpLinks) / the address "${address}" uses http:, which is not encrypted: use its https:// address; if the publisher offers none, add allowHttp: true to the source (for a link in the text, list it under allowHttpLinks in the front matter)`;
  if (scheme)
    return `地址“${address}”以 ${scheme}: 开头,不允许使用:其他网站请写完整的 https:// 地址,本站页面写 /plan/ 这样的路径 / the address "${address}" uses ${scheme}:, which is not allowed: write a full https:// address for another site, or a path such as /plan/ for a page of this site`;
  return `地址“${address}”不完整:其他网站请写完整的 https:// 地址,本站页面写以 / 开头的路径,如 /plan/ / the address "${address}" is incomplete: write a full https:// address for another site, or a path starting with /, such as /plan/, for a page of this site`;
}

/** When a figure was true: a year (2022), a month (2022-12) or a day (2022-12-31), each a real one. */
export const asOfDate = z
  .string(
    msg(
      '缺少 asOf(数据时点),如 2022、2022-12 或 2022-12-31',
      'asOf (the date of the value) is missing, e.g. 2022, 2022-12 or 2022-12-31',
    ),
  )
  .superRefine((value, ctx) => {
    const [year, month = '01', day = '01'] = value.split('-');
    const problem = /^\d{4}(-\d{2}){0,2}$/.test(value)
      ? writtenDateProblem(`${year}-${month}-${day}`)
      : { inChinese: '应写成 2022、2022-12 或 2022-12-31', inEnglish: 'write it as 2022, 2022-12 or 2022-12-31' };
    if (problem)
      ctx.addIssue({
        code: 'custom',
        message: editorText({
          inChinese: `asOf“${value}”有误:${problem.inChinese}`,
          inEnglish: `asOf "${value}" is wrong: ${problem.inEnglish}`,
        }),
      });
  });

/** A month written as YYYY-MM. */
export const isoMonth = z
  .string(msg('应为年月,格式如 2025-06', 'must be a month like 2025-06'))
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])$/,
    msg('年月格式应为 YYYY-MM,如 2025-06', 'month must be written YYYY-MM, e.g. 2025-06'),
  );

const bilingualOf = (limit?: { field: string; max: number }) =>
  z.object(
    perLanguage((lang, name) => {
      const text = z
        .string(msg(`缺少${name}`, `the ${name} text (${lang}) is missing`))
        .min(1, msg(`${name}不能为空`, `the ${name} text (${lang}) is empty`));
      return limit ? limitedText(`${limit.field}.${lang}`, limit.max, text) : text;
    }),
    msg(`应写成 ${perLanguageShape()}`, `must be written as ${perLanguageShape()}`),
  );
export const bilingual = bilingualOf();
/** A name in every language ({ zh, en }), each within the length limit for names. */
export const bilingualName = bilingualOf({ field: 'name', max: LENGTH_LIMITS.name });

/** Links in the Markdown text that the editor accepts over plain http: because the publisher offers no https
 *  address; every other link must be https: (or a page of this site). */
export const allowHttpLinksField = z
  .array(
    z
      .string()
      .regex(/^http:\/\//, msg('allowHttpLinks 只列 http:// 地址', 'allowHttpLinks lists only http:// addresses')),
    msg('allowHttpLinks 应为地址列表', 'allowHttpLinks must be a list of addresses'),
  )
  .optional();

/** Han characters: a source title or publisher written in Chinese needs an English gloss. */
const HAN = /\p{Script=Han}/u;

/** Where a fact comes from: every figure, address, phone or opening hour carries one. English pages show a
 *  Chinese title or publisher with its English gloss beside it (titleEn, publisherEn): a translation of the
 *  original, never a new title. */
export const source = z
  .strictObject(
    {
      title: limitedText(
        'title',
        LENGTH_LIMITS.sourceTitle,
        z.string(msg('来源缺少 title(标题)', 'the source needs a title')).min(1),
      ),
      titleEn: limitedText(
        'titleEn',
        LENGTH_LIMITS.sourceTitle,
        z.string(msg('titleEn 应为文字', 'titleEn must be text')).min(1),
      ).optional(),
      publisher: z.string(msg('来源缺少 publisher(发布机构)', 'the source needs a publisher')).min(1),
      publisherEn: z.string(msg('publisherEn 应为文字', 'publisherEn must be text')).min(1).optional(),
      url: z
        .string(
          msg(
            '来源的 url 应为完整网址,如 https://www.cnipa.gov.cn/…',
            'the source url must be a full address such as https://www.cnipa.gov.cn/…',
          ),
        )
        .optional(),
      /** The editor accepts a plain http: address for this source (the publisher offers no https one). */
      allowHttp: z.literal(true, msg('allowHttp 只能写 true', 'allowHttp can only be true')).optional(),
      date: isoDate,
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `来源中有未知字段 ${issue.keys.map((k) => `“${k}”`).join('、')}。若来源写成一行 { title: …, publisher: … },值中的英文逗号会把值截断:请给含逗号的值加引号,如 title: "A, B" / the source has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}. In the one-line { title: …, publisher: … } form a comma ends the value: put a value with a comma in quotes, e.g. title: "A, B"`
          : '来源应包括 title、publisher、date(可加 url) / a source needs title, publisher and date (and a url where there is one)',
    },
  )
  .superRefine((value, ctx) => {
    const urlProblem = value.url === undefined ? undefined : addressProblem(value.url, value.allowHttp);
    if (urlProblem) ctx.addIssue({ code: 'custom', path: ['url'], message: urlProblem });
    else if (value.url !== undefined && !URL.canParse(value.url))
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `来源的 url“${value.url}”不是完整网址 / the source url "${value.url}" is not a full address such as https://www.cnipa.gov.cn/…`,
      });
    for (const [field, gloss] of [
      ['title', 'titleEn'],
      ['publisher', 'publisherEn'],
    ] as const) {
      if (HAN.test(value[field]) && value[gloss] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [gloss],
          message: `${field} 是中文,请在 ${gloss} 中写出英文译名,供英文页面显示在原文旁 / the ${field} is in Chinese: add ${gloss}, its English translation, which English pages show beside the original`,
        });
    }
  });
export type Source = z.infer<typeof source>;

/** In an English file: the fingerprint of the Chinese text it translates (written by npm run translation:mark). */
export const sourceHashField = z
  .string()
  .regex(
    /^[0-9a-f]{12}$/,
    msg(
      'sourceHash 由 npm run translation:mark 写入,请勿手改',
      'sourceHash is written by npm run translation:mark; do not edit it by hand',
    ),
  )
  .optional();

/** In a translated file: who last marked it as translating the current source (npm run translation:mark). */
export const markedByField = z
  .string(msg('markedBy 由 npm run translation:mark 写入', 'markedBy is written by npm run translation:mark'))
  .min(1)
  .optional();

/** A plan clause ID (checked against the plan by the content check). */
export const clauseId = z
  .string(msg('缺少条款编号', 'the clause ID is missing'))
  .regex(
    /^[a-z]+(-[a-z0-9]+)*$/,
    msg('条款编号形如 task-1-1-1 或 goal-creation', 'a clause ID looks like task-1-1-1 or goal-creation'),
  );
