// Site-wide settings that are not content: the public URL and the source repository.
/**
 * The site's public address; canonical URLs, the sitemap and feeds are built from it.
 * Set SITE_URL when building for the real host (see README, "Deploy").
 */
export const SITE_URL = process.env.SITE_URL ?? 'https://ipcity.example.org';

/**
 * The repository the content is edited in, for "edit this page" links (GitHub/Gitea/Forgejo URL layout).
 * Set REPOSITORY_URL when building for the real host (see README, "Deploy").
 */
export const REPOSITORY_URL = process.env.REPOSITORY_URL ?? 'https://git.example.org/changzhou/ip-strong-city';
export const REPOSITORY_BRANCH = process.env.REPOSITORY_BRANCH ?? 'main';

export const editUrl = (file: string) => `${REPOSITORY_URL}/edit/${REPOSITORY_BRANCH}/${file}`;
