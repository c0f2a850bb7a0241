// Templates for `npm run new`: the few fields an editor gives become a valid Chinese + English pair.
// Bodies start as HTML comments, which are not published, so an unfinished file never shows made-up text.
// The fingerprint function is passed in (src/data/sourceHash.ts) so this module stays pure.
import { stringify } from 'yaml';

export type ScaffoldKind = 'snapshot' | 'service' | 'page';

export const SCAFFOLD_FIELDS: Record<ScaffoldKind, string[]> = {
  snapshot: [
    'slug',
    'title-zh',
    'title-en',
    'source-title',
    'source-title-en',
    'source-publisher',
    'source-publisher-en',
    'source-url',
    'source-date',
  ],
  service: ['slug', 'name-zh', 'name-en', 'kind', 'need', 'district', 'clause', 'summary-zh', 'summary-en'],
  page: ['slug', 'title-zh', 'title-en', 'description-zh', 'description-en'],
};

export interface ScaffoldFile {
  path: string;
  text: string;
}

const file = (data: Record<string, unknown>, body: string) => `---\n${stringify(data).trimEnd()}\n---\n\n${body}\n`;

const HAN = /\p{Script=Han}/u;
/** Fields an editor may leave out: the source's address, and the English gloss of a title or publisher that
 *  is not in Chinese (English pages show a Chinese one with its gloss, src/lib/schemas/common.ts). */
const optional = (name: string, f: Record<string, string>) =>
  name === 'source-url' ||
  (name === 'source-title-en' && !HAN.test(f['source-title'] ?? '')) ||
  (name === 'source-publisher-en' && !HAN.test(f['source-publisher'] ?? ''));

export function scaffold(
  kind: ScaffoldKind,
  f: Record<string, string>,
  today: string,
  sourceHash: (markdown: string) => string,
): ScaffoldFile[] {
  const withHash = (zh: string, data: Record<string, unknown>, body: string) =>
    file({ sourceHash: sourceHash(zh), ...data }, body);
  const missing = SCAFFOLD_FIELDS[kind].filter((name) => !optional(name, f) && !f[name]);
  if (missing.length) throw new Error(`缺少字段 / missing fields: ${missing.join(', ')}`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(f.slug))
    throw new Error(
      'slug 只能用小写字母、数字和连字符,如 2026-ip-week / slug: lowercase letters, digits and hyphens, e.g. 2026-ip-week',
    );
  if (kind === 'snapshot') {
    const slug = `${today}-${f.slug}`;
    const zh = file(
      {
        title: f['title-zh'],
        date: today,
        summary: f['title-zh'],
        sources: [
          {
            title: f['source-title'],
            ...(f['source-title-en'] && { titleEn: f['source-title-en'] }),
            publisher: f['source-publisher'],
            ...(f['source-publisher-en'] && { publisherEn: f['source-publisher-en'] }),
            ...(f['source-url'] && { url: f['source-url'] }),
            date: f['source-date'],
          },
        ],
        figures: [],
      },
      '<!-- 在此撰写正文:发生了什么、何时、依据哪个来源。数据写在上方 figures 中,每项包括 target、value、asOf。 -->',
    );
    return [
      { path: `progress/zh/${slug}.md`, text: zh },
      {
        path: `progress/en/${slug}.md`,
        text: withHash(
          zh,
          { title: f['title-en'], summary: f['title-en'] },
          '<!-- Write the English text here: a faithful translation of the Chinese file. -->',
        ),
      },
    ];
  }
  if (kind === 'service') {
    const zh = file(
      {
        name: { zh: f['name-zh'], en: f['name-en'] },
        kind: f.kind,
        needs: [f.need],
        district: f.district,
        summary: f['summary-zh'],
        clauses: [f.clause],
        contact: {},
        facts: [],
      },
      '## 能为您做什么\n\n<!-- 写这个机构能为读者做什么;只写方案原文或有来源的信息。 -->\n\n## 适合谁\n\n<!-- -->\n\n## 另见\n\n<!-- 联系方式写在上方 contact 中,每项都要有 source 和 verified;不知道的不写。 -->',
    );
    return [
      { path: `services/zh/${f.slug}.md`, text: zh },
      {
        path: `services/en/${f.slug}.md`,
        text: withHash(
          zh,
          { summary: f['summary-en'] },
          '## What it can do for you\n\n<!-- -->\n\n## Who it is for\n\n<!-- -->\n\n## See also\n\n<!-- -->',
        ),
      },
    ];
  }
  const zh = file(
    { title: f['title-zh'], description: f['description-zh'], updated: today },
    '<!-- 在此撰写正文。 -->',
  );
  return [
    { path: `pages/zh/${f.slug}.md`, text: zh },
    {
      path: `pages/en/${f.slug}.md`,
      text: withHash(
        zh,
        { title: f['title-en'], description: f['description-en'], updated: today },
        '<!-- Write the English text here. -->',
      ),
    },
  ];
}
