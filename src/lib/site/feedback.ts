// Where readers send what they know ("提供线索 / Tell us"): one channel from the site settings, an e-mail
// address or a web form (SITE_FEEDBACK_URL). Each link opens the channel already filled in with the page and
// the detail it is about, so an editor knows what the message concerns without asking back. No channel set:
// no link, rather than one that leads nowhere. Pure: the setting comes from an environment-like record.

type Env = Record<string, string | undefined>;

/** The channel in SITE_FEEDBACK_URL as a URI: an e-mail address becomes mailto:, a form must be https. */
export function readFeedbackChannel(env: Env): string | undefined {
  const raw = env.SITE_FEEDBACK_URL?.trim();
  if (!raw) return undefined;
  if (/^mailto:[^\s@]+@[^\s@]+$/i.test(raw.split('?')[0])) return raw;
  if (/^https:\/\/\S+$/i.test(raw) && URL.canParse(raw)) return raw;
  if (/^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/.test(raw)) return `mailto:${raw}`;
  throw new Error(
    `SITE_FEEDBACK_URL 的值 ${raw} 不是电子邮件地址或 https:// 表单网址,请改为如 corrections@example.org 或 https://example.org/form / ` +
      `SITE_FEEDBACK_URL: ${raw} is not an e-mail address or an https:// form address; set e.g. corrections@example.org or https://example.org/form`,
  );
}

export interface FeedbackAbout {
  /** The page's title and address (absolute where the site's address is known, else its path). */
  page: string;
  url: string;
  /** The detail the message is about, as the reader's language names it (e.g. 联系方式). */
  field: string;
  /** The message's subject line, in the reader's language. */
  subject: string;
}

/**
 * The channel's link, prefilled: an e-mail gets a subject and a body naming page, address and detail
 * (RFC 6068: spaces as %20, not +); a form gets them as the query parameters page, url and field.
 */
export function feedbackHref(channel: string, about: FeedbackAbout): string {
  if (/^mailto:/i.test(channel)) {
    const [address, query] = channel.split('?');
    const params = new URLSearchParams(query);
    const encode = (value: string) => encodeURIComponent(value);
    const body = [about.page, about.url, about.field].join('\n');
    const fields = [
      ...[...params].filter(([key]) => !/^(subject|body)$/i.test(key)),
      ['subject', about.subject],
      ['body', `${body}\n\n`],
    ];
    return `${address}?${fields.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&')}`;
  }
  const url = new URL(channel);
  url.searchParams.set('page', about.page);
  url.searchParams.set('url', about.url);
  url.searchParams.set('field', about.field);
  return url.href;
}

/**
 * Where tips go: the feedback channel (SITE_FEEDBACK_URL), else the address for corrections (SITE_CORRECTIONS,
 * which the footer already offers for "更正和线索", corrections and leads alike) when it is one the feedback
 * setting would take (an e-mail address, an https form or page): a
 * deployment with only one of the two still asks readers for what they know. Neither: no channel.
 */
export function tipsChannel(feedback: string | undefined, corrections: string | undefined): string | undefined {
  if (feedback) return feedback;
  if (!corrections) return undefined;
  const opens =
    /^mailto:\S+@\S+$/i.test(corrections) || (/^https:\/\//i.test(corrections) && URL.canParse(corrections));
  return opens ? corrections : undefined;
}
