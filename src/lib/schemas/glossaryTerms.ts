// content/glossary/terms.json: the decided English for the plan's terms, for translators and checks.
// The content check holds the English to it (src/lib/content/glossaryConsistency.ts).
// Extra fields are allowed so the glossary can grow without breaking older builds.
import { z } from 'astro/zod';
import { msg, perLanguage, perLanguageShape } from './common.ts';

const phrases = (field: string, what: string) =>
  z
    .array(
      z.string().min(1, msg(`${field} 中不能有空字符串`, `${field} must not contain empty text`)),
      msg(`${field} 应为文字列表 [ … ]`, `${field} must be a list of ${what} [ … ]`),
    )
    .optional();

const term = z.object(
  {
    /** The term in the source language, and its decided rendering in each translation. */
    ...perLanguage((lang, name) =>
      z
        .string(msg(`缺少${name}术语 ${lang}`, `the ${name} term (${lang}) is missing`))
        .min(1, msg(`${name}术语不能为空`, `the ${name} term (${lang}) is empty`)),
    ),
    /** Other accepted English forms: inflections, the short form after first use, official long names. */
    variants: phrases('variants', 'accepted English forms'),
    /** Chinese phrases that contain the term but mean something else (转化为 is "turn into", not 转化). */
    notWhenPartOf: phrases('notWhenPartOf', 'Chinese phrases'),
    /** Rejected English renderings that must appear nowhere in the English content ("coordinated protection" for 同保护). */
    avoid: phrases('avoid', 'rejected English renderings'),
    note: z.string(msg('note 应为文字', 'note must be text')).optional(),
    source: z
      .string(msg('source 应为文字(出处与日期)', 'source must be text (where the term was seen, and when)'))
      .optional(),
  },
  msg(`每个术语写成 ${perLanguageShape('"')}`, `write each term as ${perLanguageShape('"')}`),
);

export const termsFile = z.array(
  term,
  msg('terms.json 应为术语列表 [ … ]', 'terms.json must be a list of terms [ … ]'),
);
export type GlossaryTerm = z.infer<typeof term>;
