// Building blocks shared by the content schemas. Messages say what to fix, in Chinese with English.
import { z } from 'astro/zod';
import { CONTENT_LANGS, languageName, type ContentLang } from '../../i18n/locales.ts';

/** An error message for editors: in Chinese, then in English. */
export const msg = (inChinese: string, inEnglish: string) => ({ message: `${inChinese} / ${inEnglish}` });

/** One field per content language ({ zh: …, en: … }), its keys from the locale table. */
export function perLanguage<T>(field: (lang: ContentLang, name: string) => T): { [L in ContentLang]: T } {
  return Object.fromEntries(CONTENT_LANGS.map((lang) => [lang, field(lang, languageName(lang))])) as {
    [L in ContentLang]: T;
  };
}

/** How an editor writes a per-language object, for messages: { zh: …, en: … }. */
export const perLanguageShape = (quote = '') =>
  `{ ${CONTENT_LANGS.map((lang) => `${quote}${lang}${quote}: …`).join(', ')} }`;

// YAML reads an unquoted 2024-04-25 as a Date; accept it and treat it as the date it names.
const dateToString = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** A calendar date written as YYYY-MM-DD. */
export const isoDate = z.preprocess(
  dateToString,
  z
    .string(msg('应为日期,格式如 2024-04-25', 'must be a date like 2024-04-25'))
    .regex(
      /^\d{4}-\d{2}-\d{2}$/,
      msg('日期格式应为 YYYY-MM-DD,如 2024-04-25', 'date must be written YYYY-MM-DD, e.g. 2024-04-25'),
    )
    .refine((value) => !Number.isNaN(Date.parse(value)), msg('不是有效日期', 'is not a real date')),
);

/** A month written as YYYY-MM. */
export const isoMonth = z
  .string(msg('应为年月,格式如 2025-06', 'must be a month like 2025-06'))
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])$/,
    msg('年月格式应为 YYYY-MM,如 2025-06', 'month must be written YYYY-MM, e.g. 2025-06'),
  );

export const bilingual = z.object(
  perLanguage((lang, name) =>
    z
      .string(msg(`缺少${name}`, `the ${name} text (${lang}) is missing`))
      .min(1, msg(`${name}不能为空`, `the ${name} text (${lang}) is empty`)),
  ),
  msg(`应写成 ${perLanguageShape()}`, `must be written as ${perLanguageShape()}`),
);

/** Han characters: a source title or publisher written in Chinese needs an English gloss. */
const HAN = /\p{Script=Han}/u;

/** Where a fact comes from: every figure, address, phone or opening hour carries one. English pages show a
 *  Chinese title or publisher with its English gloss beside it (titleEn, publisherEn): a translation of the
 *  original, never a new title. */
export const source = z
  .object(
    {
      title: z.string(msg('来源缺少 title(标题)', 'the source needs a title')).min(1),
      titleEn: z.string(msg('titleEn 应为文字', 'titleEn must be text')).min(1).optional(),
      publisher: z.string(msg('来源缺少 publisher(发布机构)', 'the source needs a publisher')).min(1),
      publisherEn: z.string(msg('publisherEn 应为文字', 'publisherEn must be text')).min(1).optional(),
      url: z
        .url(
          msg(
            '来源的 url 应为完整网址,如 https://www.cnipa.gov.cn/…',
            'the source url must be a full address such as https://www.cnipa.gov.cn/…',
          ),
        )
        .optional(),
      date: isoDate,
    },
    msg(
      '来源应包括 title、publisher、date(可加 url)',
      'a source needs title, publisher and date (and a url where there is one)',
    ),
  )
  .superRefine((value, ctx) => {
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

/** A plan clause ID (checked against the plan by the content check). */
export const clauseId = z
  .string(msg('缺少条款编号', 'the clause ID is missing'))
  .regex(
    /^[a-z]+(-[a-z0-9]+)*$/,
    msg('条款编号形如 task-1-1-1 或 goal-creation', 'a clause ID looks like task-1-1-1 or goal-creation'),
  );
