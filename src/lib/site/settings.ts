// A deployment's settings, read once from an environment-like record: src/site.config.ts passes what
// astro:env/server validated (the schema is in astro.config.mjs), tests pass process.env. Pure, so the rules
// (SITE_URL an origin, security contacts, the operator named in every language or none) are unit-tested.
import { readIdentity, type SiteIdentity } from './identity.ts';
import { readSecurityContacts } from './securityTxt.ts';
import { readSiteUrl } from './siteUrl.ts';

type Env = Record<string, string | undefined>;

export interface SiteSettings {
  /** The public origin (SITE_URL); unset: the build writes no absolute address of its own. */
  siteUrl?: string;
  /** SITE_SECURITY_CONTACT as RFC 9116 Contact URIs; unset: no security.txt. */
  securityContacts?: string[];
  /** REPOSITORY_URL without a trailing slash; unset: no "edit this page" links or commit notes. */
  repositoryUrl?: string;
  repositoryBranch: string;
  /** Who publishes the site; corrections go to the repository's issues when no contact of its own is set. */
  identity: SiteIdentity;
}

export function siteSettings(env: Env): SiteSettings {
  const repositoryUrl = env.REPOSITORY_URL?.trim().replace(/\/$/, '') || undefined;
  const identity = readIdentity(env);
  return {
    siteUrl: readSiteUrl(env),
    securityContacts: readSecurityContacts(env),
    repositoryUrl,
    repositoryBranch: env.REPOSITORY_BRANCH?.trim() || 'main',
    identity: { ...identity, corrections: identity.corrections ?? (repositoryUrl && `${repositoryUrl}/issues`) },
  };
}
