// content/glossary/synonyms.json, the search vocabulary: what people type → what the site calls
// it, in both languages, and the pages that answer it. Editors maintain it; npm run content:check validates it.
import { z } from 'astro/zod';
import { msg, perLanguage, perLanguageShape } from './common.ts';

const terms = (what: string, zhWhat: string) =>
  z.array(
    z
      .string()
      .trim()
      .min(1, msg(`${zhWhat}不能为空字符串`, `${what}: remove the empty string`)),
    msg(`${zhWhat}应为词语列表,如 ["质押融资"]`, `${what} must be a list of words, e.g. ["pledge financing"]`),
  );

const bothLanguages = (what: string, zhWhat: string) =>
  z.object(
    perLanguage((lang, name) => terms(`${what}.${lang}`, `${zhWhat}(${name})`)),
    msg(`${zhWhat}应写成 ${perLanguageShape('"')}`, `${what} must be written as ${perLanguageShape('"')}`),
  );

const vocabularyEntry = z.object(
  {
    /** The site's own words for the subject, most usual first (the first is suggested to readers). */
    site: bothLanguages('site', '本站用语').refine(
      (s) => Object.values(s).every((words) => words.length > 0),
      msg('site 在每种语言中至少要有一个词', 'site needs at least one word in each language'),
    ),
    /** What people type for it: colloquial words, abbreviations, other spellings. */
    say: bothLanguages('say', '群众说法').optional(),
    /** Language-neutral paths of the pages whose subject this is (e.g. /targets/ip-pledge-financing/). */
    pages: z
      .array(
        z
          .string()
          .regex(
            /^\/(?!en\/)[a-z0-9/-]*\/$/,
            msg(
              '页面路径写成 /services/hotline-12330/ 的形式(不带 /en,以 / 结尾)',
              'a page path looks like /services/hotline-12330/ (no /en, ending in /)',
            ),
          ),
      )
      .optional(),
    /** A word for a whole field (知识产权, 商标, 专利), not one subject: its pages answer it searched for on its own
     *  (商标, "what is a trademark"); in a longer query the other words say what is meant (商标被抄袭 is about copying). */
    broad: z.boolean(msg('broad 只能写 true 或 false', 'broad must be true or false')).optional(),
  },
  msg('每一项应包括 site,可加 say、pages 和 broad', 'each entry needs site, and may have say, pages and broad'),
);

export const synonymsFile = z.array(
  vocabularyEntry,
  msg('synonyms.json 应为一个列表 [ {...}, ... ]', 'synonyms.json must be a list [ {...}, ... ]'),
);
export type VocabularyEntry = z.infer<typeof vocabularyEntry>;

/** Pages named in the vocabulary that the site does not have (checked by npm run content:check). */
export function unknownVocabularyPages(data: unknown, routes: Set<string>): Array<{ field: string; message: string }> {
  const parsed = synonymsFile.safeParse(data);
  if (!parsed.success) return [];
  return parsed.data.flatMap((entry, i) =>
    (entry.pages ?? []).flatMap((path, j) =>
      routes.has(path)
        ? []
        : [
            {
              field: `${i}.pages.${j}`,
              message: `页面 ${path} 不存在,请写本站已有页面的路径 / there is no page ${path}: use the path of an existing page, e.g. /services/hotline-12330/`,
            },
          ],
    ),
  );
}
