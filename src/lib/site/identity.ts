// Who publishes the site, as one setting, and the lines every page's footer and header say about it.
// Pure: the setting is read from an environment-like record (src/lib/site/settings.ts passes what astro:env read),
// so tests can render the lines for any setting without building the site.
import { CONTENT_LANGS, inLang, type ContentLang, type Lang } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/t.ts';

export interface SiteIdentity {
  /** Who publishes and maintains the site, in each content language; unset: the dictionaries' default. */
  operator?: Record<ContentLang, string>;
  /** True only for a deployment run by a government body; it changes the header and the wording. */
  official: boolean;
  /** Where corrections go: a web address or an e-mail address. Unset: the about page's corrections section. */
  corrections?: string;
  /** 网站标识码 (government website identifier), ICP 备案号, 公安备案号: shown only when set. */
  siteCode?: string;
  icp?: string;
  psb?: string;
}

type Env = Record<string, string | undefined>;
const value = (env: Env, key: string) => env[key]?.trim() || undefined;

/** The operator's name in each content language: SITE_OPERATOR_ZH, SITE_OPERATOR_EN, … (all or none). */
const operatorVariables = CONTENT_LANGS.map((lang) => [lang, `SITE_OPERATOR_${lang.toUpperCase()}`] as const);

/** The identity from SITE_OPERATOR_*, SITE_OFFICIAL, SITE_CORRECTIONS, SITE_CODE, SITE_ICP, SITE_PSB. */
export function readIdentity(env: Env): SiteIdentity {
  const names = operatorVariables.map(([lang, variable]) => [lang, value(env, variable)] as const);
  const set = names.filter(([, name]) => name).length;
  if (set > 0 && set < names.length) {
    const all = operatorVariables.map(([, variable]) => variable).join(', ');
    throw new Error(
      `${all} 须同时设置(运营者在各语言中的名称) / set all of ${all} (the operator’s name in each language)`,
    );
  }
  return {
    operator: set ? (Object.fromEntries(names) as Record<ContentLang, string>) : undefined,
    official: value(env, 'SITE_OFFICIAL') === 'true',
    corrections: value(env, 'SITE_CORRECTIONS'),
    siteCode: value(env, 'SITE_CODE'),
    icp: value(env, 'SITE_ICP'),
    psb: value(env, 'SITE_PSB'),
  };
}

/** Who runs the site, as a page in `lang` names them. */
export function operatorName(identity: SiteIdentity, lang: Lang, t: Translate): string {
  return identity.operator ? inLang(identity.operator, lang) : t('identity.defaultOperator');
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
      text: fill(t(identity.official ? 'identity.runBy' : 'identity.publishedBy'), operatorName(identity, lang, t)),
    },
    { kind: 'status', text: t(identity.official ? 'identity.official' : 'identity.unofficial') },
  ];
  if (identity.siteCode) lines.push({ kind: 'site-code', text: `${t('identity.siteCode')}${identity.siteCode}` });
  if (identity.icp) lines.push({ kind: 'icp', text: identity.icp });
  if (identity.psb) lines.push({ kind: 'psb', text: identity.psb });
  return lines;
}
