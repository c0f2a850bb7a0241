// /progress/rss.xml and /en/progress/rss.xml: the snapshots as an RSS feed, one per language. RSS links must be
// absolute, so the feeds exist only when SITE_URL is set; without it there is no feed (and no link to one).
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { snapshotViews } from '../../../data/progress.ts';
import { langStaticPaths, localePath, type Lang } from '../../../i18n/locales.ts';
import { useTranslations } from '../../../i18n/t.ts';
import { LOCALE_INFO } from '../../../i18n/localeTable.ts';
import { SITE_URL } from '../../../site.config.ts';

export const getStaticPaths = () => (SITE_URL ? langStaticPaths() : []);

export async function GET(context: APIContext) {
  const lang = context.props.lang as Lang;
  if (!context.site) throw new Error('progress/rss.xml is built only with SITE_URL set (see getStaticPaths)');
  const t = useTranslations(lang);
  const snapshots = await snapshotViews(lang);
  return rss({
    title: `${t('progress.title')} - ${t('site.name')}`,
    description: t('progress.intro'),
    // The channel's link is this language's progress page, under the site's base path.
    site: new URL(localePath(lang, '/progress/'), context.site).href,
    customData: `<language>${LOCALE_INFO[lang].rss}</language>`,
    items: snapshots.map((s) => ({
      title: s.title,
      description: s.summary,
      pubDate: new Date(`${s.record.data.date}T00:00:00Z`),
      link: localePath(lang, `/progress/${s.slug}/`),
    })),
  });
}
