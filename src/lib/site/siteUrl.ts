// The site's public address (SITE_URL), the one source of every absolute URL the build writes. Pure: read
// from an environment-like record (src/lib/site/settings.ts passes what astro:env read), so tests can try any value.
// There is deliberately no default: a build without SITE_URL leaves absolute URLs out rather than invent a host.

type Env = Record<string, string | undefined>;

const fail = (inChinese: string, inEnglish: string) => new Error(`${inChinese} / ${inEnglish}`);

/**
 * SITE_URL as an origin ("https://ip.example.gov.cn"), or undefined when it is unset or empty (an unset CI
 * variable arrives as ""). Throws, saying what to write instead, for anything that is not a bare http(s) origin.
 */
export function readSiteUrl(env: Env): string | undefined {
  const raw = env.SITE_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw fail(
      `SITE_URL=${raw} 不是完整的网址:请写成 SITE_URL=https://网站域名`,
      `SITE_URL=${raw} is not a full address: write it as SITE_URL=https://your.host.name`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw fail(`SITE_URL=${raw} 须以 https:// 开头`, `SITE_URL=${raw} must start with https:// (or http://)`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw fail(
      `SITE_URL=${raw} 只写协议和域名,不带用户名、问号或井号部分`,
      `SITE_URL=${raw} takes only the scheme and host, without a user name, query or fragment`,
    );
  }
  if (url.pathname !== '/') {
    throw fail(
      `SITE_URL=${raw} 带有路径 ${url.pathname}:SITE_URL 只写协议和域名,路径写在 BASE_PATH=${url.pathname}`,
      `SITE_URL=${raw} has a path (${url.pathname}): give only the scheme and host in SITE_URL and the path in BASE_PATH=${url.pathname}`,
    );
  }
  return url.origin;
}

/** What a build without SITE_URL leaves out, said once when it starts (src/data/siteAddress.ts). */
export const WITHOUT_SITE_URL = [
  'SITE_URL 未设置:本次构建不写本站的绝对网址,因此不生成规范链接(canonical)、og:url、打印页二维码、站点地图(及 robots.txt 中的 Sitemap 行)和 RSS 订阅;开放数据的 clause_url 为站内路径。正式部署前请设置 SITE_URL=https://网站域名。',
  'SITE_URL is not set: this build writes no absolute address of the site, so it leaves out canonical links, og:url, the QR code on printed pages, the sitemap (and the Sitemap line of robots.txt) and the RSS feeds; the open data’s clause_url values are paths on the site. Set SITE_URL=https://your.host.name when building for the real host.',
].join('\n');
