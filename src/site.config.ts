// Site-wide settings that are not content: the public URL, the source repository and who publishes the site.
import { readIdentity } from './lib/site/identity.ts';

/**
 * The site's public address; canonical URLs, Open Graph URLs, the sitemap and feeds are built from it.
 * Set SITE_URL when building for the real host (see README, "Deploying"): unset, they point at the
 * reserved name ipcity.example.org, which no one can visit, so a forgotten setting is obvious.
 */
// An empty value (a CI variable that is not set) counts as unset.
export const SITE_URL = process.env.SITE_URL?.trim() || 'https://ipcity.example.org';

/**
 * The repository the content is edited in (GitHub/Gitea/Forgejo URL layout). Only when it is set do pages
 * show "edit this page" links and commit notes; there is deliberately no default host.
 */
export const REPOSITORY_URL = process.env.REPOSITORY_URL?.trim().replace(/\/$/, '') || undefined;
const REPOSITORY_BRANCH = process.env.REPOSITORY_BRANCH?.trim() || 'main';

export const editUrl = (file: string) =>
  REPOSITORY_URL ? `${REPOSITORY_URL}/edit/${REPOSITORY_BRANCH}/${file}` : undefined;

/** Who publishes the site (see README, "Deploying"): the default says plainly that it is not an official site. */
// Without a corrections contact of its own, corrections go to the repository's issues, when there is one.
const identity = readIdentity(process.env);
export const SITE_IDENTITY = {
  ...identity,
  corrections: identity.corrections ?? (REPOSITORY_URL && `${REPOSITORY_URL}/issues`),
};
