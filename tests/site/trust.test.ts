// What a reader trusts on every built page: who publishes the site, no builders' leftovers (placeholder
// hosts, clause IDs), service pages that say at most once that details are missing, the 12330 hotline a tap
// away, and target pages whose charts never pass a national figure off as Changzhou's.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { page, pageUrls } from '../support/dist.ts';
import { siteSettings } from '../../src/lib/site/settings.ts';
import { operatorName } from '../../src/lib/site/identity.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { splitLocale, typographyOf } from '../../src/i18n/locales.ts';
import { asShownIn } from '../../src/i18n/converters.ts';
import { CHANGE_KINDS } from '../../src/lib/content/changeKinds.ts';
import { statusCounts, type TargetStatus } from '../../src/lib/targets/status.ts';

// The settings the build read (astro:env gives the build the same environment the tests run in).
const { repositoryUrl: REPOSITORY_URL, identity: SITE_IDENTITY } = siteSettings(process.env);
const urls = pageUrls();
const langOf = (url: string) => splitLocale(url, '/').lang;
const serviceSlugs = readdirSync('content/services/zh').map((f) => f.replace(/\.md$/, ''));
const targets = (
  JSON.parse(readFileSync('dist/data/targets.json', 'utf8')) as {
    targets: Array<{ id: string; status: TargetStatus; figures: unknown[] }>;
  }
).targets;

/** The text a reader can see: no scripts, styles or hidden elements. */
function visibleText(doc: HTMLElement): string {
  const body = doc.querySelector('body')!.clone() as HTMLElement;
  for (const el of body.querySelectorAll('script, style, template, [hidden]')) el.remove();
  return body.textContent;
}

describe('site identity on every page', () => {
  it.each(urls)('%s names the publisher from the identity setting in its footer', (url) => {
    const footer = page(url).querySelector('footer')!;
    const lang = langOf(url);
    expect(footer.querySelector('[data-identity="publisher"]')?.textContent).toContain(
      asShownIn(lang)(operatorName(SITE_IDENTITY, lang, useTranslations(lang))),
    );
    if (!SITE_IDENTITY.official)
      expect(footer.querySelector('[data-identity="status"]')?.textContent).toMatch(
        /不是.*官方[网網]站|not an official website/,
      );
  });

  it('says in the header of an unofficial build that it is not an official site', () => {
    for (const url of ['/', '/en/']) {
      const banner = page(url).querySelector('header [data-identity-banner]');
      if (SITE_IDENTITY.official) expect(banner).toBeNull();
      else expect(banner?.textContent).toMatch(/非官方网站|Unofficial site/);
    }
  });

  it('names the publisher in the JSON-LD of the home page', () => {
    const json = page('/')
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent))
      .find((j) => j['@type'] === 'WebSite');
    expect(json.publisher).toEqual({
      '@type': SITE_IDENTITY.official ? 'GovernmentOrganization' : 'Organization',
      name: operatorName(SITE_IDENTITY, 'zh', useTranslations('zh')),
    });
  });
});

describe('no builders’ leftovers on public pages', () => {
  it.each(urls)('%s links to no placeholder host', (url) => {
    const hrefs = page(url)
      .querySelectorAll('a[href]')
      .map((a) => a.getAttribute('href')!);
    expect(hrefs.filter((href) => /^(https?:)?\/\/([^/]+\.)?example\.(org|com|net)\b/i.test(href))).toEqual([]);
  });

  // The editors' translation page lists file names on purpose; it is not in the public navigation.
  it.each(urls.filter((u) => !u.includes('/editors/')))(
    '%s shows no raw clause ID in its visible text or screen-reader text',
    (url) => {
      expect(
        visibleText(page(url)).match(
          /\b((task|safeguard|principle|phase|part)-\d+(-\d+)*|goal-(overall|creation|utilisation|protection|service))\b/g,
        ) ?? [],
      ).toEqual([]);
    },
  );

  it.each(urls.filter((u) => typographyOf(langOf(u)) === 'cjk'))(
    '%s reads its page history in Chinese, what changed and no commit notes',
    (url) => {
      // Each line after its date is a list of the change log's words (文字修改、来源更新和…), nothing else, the
      // wording's places before it ("“谁能帮忙”等处文字修改": quoted headings, the title, the opening).
      const shown = asShownIn(langOf(url));
      const t = useTranslations(langOf(url));
      const words = CHANGE_KINDS.map((kind) => shown(t(`changelog.kind.${kind}`)));
      const textWord = shown(t('changelog.kind.text'));
      const place = new RegExp(
        `^(?:[“「]|${shown(t('changelog.place.title'))}|${shown(t('changelog.place.introduction'))})`,
      );
      for (const entry of page(url).querySelectorAll('.page-history li')) {
        const said = entry.textContent.replace(/^.*?日\s*/, '').trim();
        const at = said.indexOf(textWord);
        const [places, kinds] = at > 0 ? [said.slice(0, at), said.slice(at)] : ['', said];
        if (places) expect(places, said).toMatch(place);
        expect(
          kinds.split(/、|和/).filter((word) => !words.includes(word)),
          said,
        ).toEqual([]);
      }
    },
  );

  it.each(urls)('%s offers "edit this page" only when a repository is configured', (url) => {
    const edit = page(url).querySelectorAll('.page-history a[rel="external"]');
    if (!REPOSITORY_URL) expect(edit).toHaveLength(0);
    else for (const a of edit) expect(a.getAttribute('href')).toMatch(new RegExp(`^${REPOSITORY_URL}/edit/`));
  });

  it('keeps the editors’ card off the home page and links the editors’ pages from the footer', () => {
    for (const prefix of ['', '/en']) {
      const home = page(`${prefix}/`);
      expect(home.querySelector(`main a[href="${prefix}/editors/translations/"]`)).toBeNull();
      expect(home.querySelector(`footer a[href="${prefix}/editors/translations/"]`)).not.toBeNull();
    }
  });
});

describe.each([
  ['zh', ''],
  ['en', '/en'],
] as const)('service pages (%s)', (_lang, prefix) => {
  it.each(serviceSlugs)(
    '%s says at most once that details are missing, and never what the site could not find',
    (slug) => {
      const doc = page(`${prefix}/services/${slug}/`);
      expect(doc.querySelectorAll('[data-contact-missing]').length).toBeLessThanOrEqual(1);
      expect(visibleText(doc)).not.toMatch(
        /本站未|未找到|尚未找到|暂未找到|we have found no|not yet published|could not find/i,
      );
    },
  );

  it('lets a phone user tap to call 12330 on the hotline page and wherever a service page mentions it', () => {
    expect(page(`${prefix}/services/hotline-12330/`).querySelector('main a[href="tel:12330"]')).not.toBeNull();
    const mentions = (text: string) => text.match(/(?<!\d)12330(?!\d)/g)?.length ?? 0;
    for (const url of [`${prefix}/services/`, ...serviceSlugs.map((slug) => `${prefix}/services/${slug}/`)]) {
      // Every mention in running text (the summary, the body, the finder's cards) is inside a tel: link.
      for (const block of page(url).querySelectorAll('main .lead, main .service-body, main .service-card p')) {
        // The full forms for callers outside Changzhou (0519-12330, +86 519 12330) dial the same line.
        const linked = block
          .querySelectorAll('a[href^="tel:"]')
          .filter((a) => a.getAttribute('href')!.endsWith('12330'))
          .reduce((n, a) => n + mentions(a.textContent), 0);
        expect(linked, `${url}: ${block.textContent.trim().slice(0, 40)}`).toBe(mentions(block.textContent));
      }
    }
  });

  it('joins lists in English with English separators', () => {
    const lists = serviceSlugs.map(
      (slug) => page(`${prefix}/services/${slug}/`).querySelector('.service-meta')!.textContent,
    );
    if (prefix === '/en') expect(lists.filter((text) => text.includes('、'))).toEqual([]);
  });
});

describe.each([
  ['zh', ''],
  ['en', '/en'],
] as const)('targets (%s)', (_lang, prefix) => {
  it.each(targets.filter((t) => t.figures.length === 0).map((t) => [t.id]))(
    '%s has no Changzhou figure, so no Changzhou series on any chart, and says what would fill it',
    (id) => {
      const doc = page(`${prefix}/targets/${id}/`);
      const national = doc.querySelectorAll('[data-series="benchmark"]').length > 0;
      // Only national figures can be drawn: then the chart is "national context", else there is none.
      expect(doc.querySelector('canvas') !== null, 'a chart only where there are national figures').toBe(national);
      expect(doc.querySelectorAll('[data-role="changzhou"], [data-chart="target-progress"]')).toHaveLength(0);
      if (national) expect(doc.querySelector('figure[data-chart="national-context"]')).not.toBeNull();
      // dist/ is built with no channel for corrections or tips, so no page sends a reader to one (tests/base
      // checks the link where a deployment sets one).
      if (targets.find((t) => t.id === id)!.status === 'no-data')
        expect(doc.querySelector('[data-target-empty] :is([data-tell-us], a[href$="/about/#corrections"])')).toBeNull();
    },
  );

  it('labels every national reference as context: its rows tagged in the context table, its series named national', () => {
    const national = useTranslations(prefix ? 'en' : 'zh')('charts.target.national');
    for (const t of targets) {
      const doc = page(`${prefix}/targets/${t.id}/`);
      for (const row of doc.querySelectorAll('[data-series="benchmark"]'))
        expect(row.closest('[data-context-table]'), t.id).not.toBeNull();
      for (const item of doc.querySelectorAll('[data-chart-legend] [data-role="national"]'))
        expect(item.textContent.trim(), t.id).toBe(national);
    }
  });

  it('counts met, missed and unpublished targets at the top of the overview, as the content has them', () => {
    const summary = page(`${prefix}/targets/`).querySelector('[data-target-summary]')!;
    const shown = summary
      .querySelectorAll('[data-status]')
      .map((li) => ({ status: li.getAttribute('data-status'), count: Number(li.getAttribute('data-count')) }));
    expect(shown).toEqual(statusCounts(targets.map((t) => t.status)));
    expect(summary.querySelector('a[href="#status-rule"]')).not.toBeNull();
  });
});
