// Site-wide settings that are not content: the public URL and the source repository.
/**
 * The site's public address; canonical URLs, the sitemap and feeds are built from it.
 * Set SITE_URL when building for the real host (see README, "Deploy").
 */
export const SITE_URL = process.env.SITE_URL ?? 'https://ipcity.example.org';
