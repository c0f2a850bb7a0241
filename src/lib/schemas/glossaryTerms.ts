// content/glossary/terms.json: the decided English for the plan's terms, for translators and checks.
// Extra fields are allowed so the glossary can grow without breaking older builds.
import { z } from 'zod';
import { msg } from './common.ts';

export const term = z.object(
  {
    zh: z.string(msg('缺少中文术语 zh', 'the Chinese term (zh) is missing')).min(1, msg('中文术语不能为空', 'the Chinese term (zh) is empty')),
    en: z.string(msg('缺少英文译名 en', 'the English term (en) is missing')).min(1, msg('英文译名不能为空', 'the English term (en) is empty')),
    note: z.string(msg('note 应为文字', 'note must be text')).optional(),
    source: z.string(msg('source 应为文字(出处与日期)', 'source must be text (where the term was seen, and when)')).optional(),
  },
  msg('每个术语写成 { "zh": …, "en": … }', 'write each term as { "zh": …, "en": … }'),
);

export const termsFile = z.array(term, msg('terms.json 应为术语列表 [ … ]', 'terms.json must be a list of terms [ … ]'));
