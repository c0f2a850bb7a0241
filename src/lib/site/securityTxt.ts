// /.well-known/security.txt (RFC 9116): where to report a security problem with the site. Written only when
// SITE_SECURITY_CONTACT is set; its expiry comes from the build date, so the same build gives the same file.
// Pure: the setting is read from an environment-like record and the date is passed in.

type Env = Record<string, string | undefined>;

/**
 * The contacts in SITE_SECURITY_CONTACT (one, or several separated by commas) as RFC 9116 Contact URIs:
 * an e-mail address becomes a mailto: URI; a web address must be https (RFC 9116, 2.5.3). Unset: undefined.
 */
export function readSecurityContacts(env: Env): string[] | undefined {
  const raw = env.SITE_SECURITY_CONTACT?.trim();
  if (!raw) return undefined;
  return raw
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((contact) => {
      if (/^(mailto:|tel:)\S+$/i.test(contact)) return contact;
      if (/^https:\/\/\S+$/i.test(contact) && URL.canParse(contact)) return contact;
      if (/^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/.test(contact)) return `mailto:${contact}`;
      throw new Error(
        `SITE_SECURITY_CONTACT 中的 ${contact} 不是电子邮件地址、https:// 网址或 tel: 电话 / ` +
          `SITE_SECURITY_CONTACT: ${contact} is not an e-mail address, an https:// address or a tel: number`,
      );
    });
}

/** RFC 9116 recommends an expiry less than a year ahead: one day short of a year after the build. */
export function securityTxtExpires(buildDate: Date): string {
  const expires = new Date(buildDate);
  expires.setUTCFullYear(expires.getUTCFullYear() + 1);
  expires.setUTCDate(expires.getUTCDate() - 1);
  return expires.toISOString();
}

interface SecurityTxt {
  contacts: string[];
  buildDate: Date;
  /** The file's own absolute URL; only known when SITE_URL is set. */
  canonical?: string;
  /** Languages a report may be written in (RFC 9116, 2.5.8). */
  languages: string[];
}

export function securityTxt({ contacts, buildDate, canonical, languages }: SecurityTxt): string {
  return [
    ...contacts.map((c) => `Contact: ${c}`),
    `Expires: ${securityTxtExpires(buildDate)}`,
    `Preferred-Languages: ${languages.join(', ')}`,
    ...(canonical ? [`Canonical: ${canonical}`] : []),
    '',
  ].join('\n');
}
