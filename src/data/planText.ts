// Route data for the plan's full-text download: the seed, read at build time, with its provenance header.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planTextDownload } from '../lib/plan/planText.ts';
import { SOURCE_LANG, localePath } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/t.ts';
import { PLAN_ISSUED, PLAN_ISSUER, PLAN_TITLE } from '../lib/plan/facts.ts';
import { formatAsOf } from '../lib/targets/format.ts';
import { planPublication } from './plan.ts';

/** The seed kept byte for byte in seeds/ (see seeds/README.md): the government's published text. */
const SEED = join(process.cwd(), 'seeds', '000_fb45ffeb8cf86429.txt');

export async function planTextFile(site: URL | undefined): Promise<string> {
  // The download is the official text, so it speaks the source language.
  const t = useTranslations(SOURCE_LANG);
  const pagePath = localePath(SOURCE_LANG, '/plan/');
  const record = await planPublication();
  // A byte-order mark, as the CSV files have: a server that does not say the file is UTF-8 (the deploy/ configs
  // do; a plain static server does not) left browsers showing the Chinese as mojibake.
  return (
    '\uFEFF' +
    planTextDownload(readFileSync(SEED, 'utf8'), {
      title: PLAN_TITLE[SOURCE_LANG],
      issuer: PLAN_ISSUER[SOURCE_LANG],
      date: formatAsOf(PLAN_ISSUED, SOURCE_LANG),
      openness: t('doc.opennessValue'),
      pageUrl: site ? new URL(pagePath, site).href : pagePath,
      record: { ...record, published: record.published && formatAsOf(record.published, SOURCE_LANG) },
    })
  );
}
