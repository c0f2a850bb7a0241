// Site-wide settings that are not content: the public URL, the source repository and who publishes the site.
import { readIdentity } from './lib/site/identity.ts';
import { readSiteUrl } from './lib/site/siteUrl.ts';
import { readSecurityContacts } from './lib/site/securityTxt.ts';

/**
 * The site's public address (an origin, e.g. https://ip.example.gov.cn), from SITE_URL: canonical and Open
 * Graph URLs, the print QR code, the sitemap, the feeds and the open data's clause links are built from it.
 * Unset, the build writes no absolute address of its own (see docs/deploying.md and src/data/siteAddress.ts).
 */
export const SITE_URL: string | undefined = readSiteUrl(process.env);

/** Where security problems are reported (/.well-known/security.txt); the file is written only when set. */
export const SECURITY_CONTACTS: string[] | undefined = readSecurityContacts(process.env);

/**
 * The repository the content is edited in (GitHub/Gitea/Forgejo URL layout). Only when it is set do pages
 * show "edit this page" links and commit notes; there is deliberately no default host.
 */
export const REPOSITORY_URL = process.env.REPOSITORY_URL?.trim().replace(/\/$/, '') || undefined;
export const REPOSITORY_BRANCH = process.env.REPOSITORY_BRANCH?.trim() || 'main';

export const editUrl = (file: string) =>
  REPOSITORY_URL ? `${REPOSITORY_URL}/edit/${REPOSITORY_BRANCH}/${file}` : undefined;

/** Who publishes the site (see docs/deploying.md): the default says plainly that it is not an official site. */
// Without a corrections contact of its own, corrections go to the repository's issues, when there is one.
const identity = readIdentity(process.env);
export const SITE_IDENTITY = {
  ...identity,
  corrections: identity.corrections ?? (REPOSITORY_URL && `${REPOSITORY_URL}/issues`),
};
