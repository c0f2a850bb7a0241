// Who publishes the site, as one setting, and the lines every page's footer and header say about it.
// Pure: the setting is read from an environment-like record (src/site.config.ts passes process.env),
// so tests can render the lines for any setting without building the site.
import type { Lang } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/t.ts';

export interface SiteIdentity {
  /** Who publishes and maintains the site, in both languages. */
  operator: Record<Lang, string>;
  /** True only for a deployment run by a government body; it changes the header and the wording. */
  official: boolean;
  /** Where corrections go: a web address or an e-mail address. Unset: the about page's corrections section. */
  corrections?: string;
  /** 网站标识码 (government website identifier), ICP 备案号, 公安备案号: shown only when set. */
  siteCode?: string;
  icp?: string;
  psb?: string;
}

const DEFAULT_OPERATOR: Record<Lang, string> = { zh: '本站编辑组', en: "the site's editorial team" };

type Env = Record<string, string | undefined>;
const value = (env: Env, key: string) => env[key]?.trim() || undefined;

/** The identity from SITE_OPERATOR_ZH/_EN, SITE_OFFICIAL, SITE_CORRECTIONS, SITE_CODE, SITE_ICP, SITE_PSB. */
export function readIdentity(env: Env): SiteIdentity {
  const zh = value(env, 'SITE_OPERATOR_ZH');
  const en = value(env, 'SITE_OPERATOR_EN');
  if (Boolean(zh) !== Boolean(en)) {
    throw new Error(
      'SITE_OPERATOR_ZH 和 SITE_OPERATOR_EN 须同时设置(运营者的中英文名称) / set both SITE_OPERATOR_ZH and SITE_OPERATOR_EN (the operator’s name in Chinese and English)',
    );
  }
  return {
    operator: zh && en ? { zh, en } : DEFAULT_OPERATOR,
    official: value(env, 'SITE_OFFICIAL') === 'true',
    corrections: value(env, 'SITE_CORRECTIONS'),
    siteCode: value(env, 'SITE_CODE'),
    icp: value(env, 'SITE_ICP'),
    psb: value(env, 'SITE_PSB'),
  };
}

/** A corrections contact as a link: e-mail addresses become mailto: links. */
export function correctionsHref(identity: SiteIdentity): string | undefined {
  const c = identity.corrections;
  if (!c) return undefined;
  return c.includes('@') && !/^[a-z]+:/i.test(c) ? `mailto:${c}` : c;
}

export interface IdentityLine {
  kind: 'publisher' | 'status' | 'site-code' | 'icp' | 'psb';
  text: string;
}

const fill = (template: string, name: string) => template.replace('{name}', name);

/** The footer's identity lines: who publishes the site, whether it is official, and any registration numbers. */
export function identityLines(identity: SiteIdentity, lang: Lang, t: Translate): IdentityLine[] {
  const lines: IdentityLine[] = [
    {
      kind: 'publisher',
      text: fill(t(identity.official ? 'identity.runBy' : 'identity.publishedBy'), identity.operator[lang]),
    },
    { kind: 'status', text: t(identity.official ? 'identity.official' : 'identity.unofficial') },
  ];
  if (identity.siteCode) lines.push({ kind: 'site-code', text: `${t('identity.siteCode')}${identity.siteCode}` });
  if (identity.icp) lines.push({ kind: 'icp', text: identity.icp });
  if (identity.psb) lines.push({ kind: 'psb', text: identity.psb });
  return lines;
}
