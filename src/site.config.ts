// Site-wide settings that are not content: the public URL, the source repository and who publishes the site.
// They come from astro:env (declared and typed in astro.config.mjs's env.schema) and are read by
// src/lib/site/settings.ts, whose errors name the variable, the value and the fix. Only Astro's build can import
// this module; Node tools and tests call siteSettings(process.env) themselves.
import * as astroEnv from 'astro:env/server';
import { siteSettings } from './lib/site/settings.ts';
import { readFeedbackChannel, tipsChannel } from './lib/site/feedback.ts';
import { correctionsHref } from './lib/site/identity.ts';

// astro:env/server exports the settings (strings) and its getSecret function; the settings are the strings.
const env = Object.fromEntries(
  Object.entries(astroEnv).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
);
const settings = siteSettings(env);

/**
 * The site's public address (an origin, e.g. https://ip.example.gov.cn), from SITE_URL: canonical and Open
 * Graph URLs, the print QR code, the sitemap, the feeds and the open data's clause links are built from it.
 * Unset, the build writes no absolute address of its own (see docs/deploying.md and src/data/siteAddress.ts).
 */
export const SITE_URL: string | undefined = settings.siteUrl;

/** Where security problems are reported (/.well-known/security.txt); the file is written only when set. */
export const SECURITY_CONTACTS: string[] | undefined = settings.securityContacts;

/** Where readers send what they know about a page ("提供线索 / Tell us"): an e-mail address or an https form,
 *  from SITE_FEEDBACK_URL, else the address for corrections (SITE_CORRECTIONS). Neither set, no page offers the
 *  link (src/lib/site/feedback.ts). */
export const FEEDBACK_CHANNEL: string | undefined = tipsChannel(
  readFeedbackChannel(env),
  correctionsHref(settings.identity),
);

/**
 * The repository the content is edited in (GitHub/Gitea/Forgejo URL layout). Only when it is set do pages
 * show "edit this page" links and commit notes; there is deliberately no default host.
 */
export const REPOSITORY_URL = settings.repositoryUrl;
export const REPOSITORY_BRANCH = settings.repositoryBranch;

export const editUrl = (file: string) =>
  REPOSITORY_URL ? `${REPOSITORY_URL}/edit/${REPOSITORY_BRANCH}/${file}` : undefined;

/** Who publishes the site (see docs/deploying.md): the default says plainly that it is not an official site. */
export const SITE_IDENTITY = settings.identity;
