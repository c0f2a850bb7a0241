// The build's word on its address: without SITE_URL it says once, when the build starts, what it leaves out
// (canonical links, og:url, the print QR code, the sitemap, the feeds), so nobody deploys such a build by mistake.
import type { AstroIntegration } from 'astro';
import { WITHOUT_SITE_URL } from '../lib/site/siteUrl.ts';

export function siteAddressNotice(siteUrl: string | undefined): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!siteUrl) logger.warn(WITHOUT_SITE_URL);
      },
    },
  };
}
