// Route data for the plan's full-text downloads, one per content language: the source's is the seed, read at
// build time; a translation's is its plan files; each with its provenance header in its own language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planTextDownload, planTextOnly, translationText } from '../lib/plan/planText.ts';
import { SOURCE_LANG, localePath, type ContentLang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/t.ts';
import { PLAN_ISSUED, PLAN_ISSUER, PLAN_TITLE } from '../lib/plan/facts.ts';
import { formatAsOf } from '../lib/targets/format.ts';
import { planPublication, planTextParts } from './plan.ts';

/** The seed kept byte for byte in seeds/ (see seeds/README.md): the government's published text. */
const SEED = join(process.cwd(), 'seeds', '000_fb45ffeb8cf86429.txt');

export async function planTextFile(lang: ContentLang, site: URL | undefined): Promise<string> {
  const t = useTranslations(lang);
  // The file names the page it belongs to: its full address when the build knows the site's (SITE_URL).
  const pagePath = localePath(lang, '/plan/');
  const record = await planPublication();
  const text =
    lang === SOURCE_LANG ? planTextOnly(readFileSync(SEED, 'utf8')) : translationText(await planTextParts(lang));
  // A byte-order mark, as the CSV files have: a server that does not say the file is UTF-8 (the deploy/ configs
  // do; a plain static server does not) left browsers showing the Chinese as mojibake.
  return (
    '\uFEFF' +
    planTextDownload(
      text,
      {
        title: PLAN_TITLE[lang],
        issuer: PLAN_ISSUER[lang],
        date: formatAsOf(PLAN_ISSUED, lang),
        openness: t('doc.opennessValue'),
        pageUrl: site ? new URL(pagePath, site).href : pagePath,
        record: { ...record, published: record.published && formatAsOf(record.published, lang) },
      },
      lang,
    )
  );
}
