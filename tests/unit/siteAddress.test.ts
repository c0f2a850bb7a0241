// The site address (SITE_URL) and the security contact (SITE_SECURITY_CONTACT): what a build accepts, the
// errors that say what to write instead, and the security.txt it writes (RFC 9116).
import { describe, expect, it } from 'vitest';
import { readSiteUrl, WITHOUT_SITE_URL } from '../../src/lib/site/siteUrl.ts';
import { readSecurityContacts, securityTxt, securityTxtExpires } from '../../src/lib/site/securityTxt.ts';

describe('SITE_URL', () => {
  it('is unset when missing or empty (an unset CI variable arrives empty), so no address is made up', () => {
    expect(readSiteUrl({})).toBeUndefined();
    expect(readSiteUrl({ SITE_URL: '  ' })).toBeUndefined();
  });

  it('is the origin of an http(s) address, with or without a final slash', () => {
    expect(readSiteUrl({ SITE_URL: 'https://ip.changzhou.test/' })).toBe('https://ip.changzhou.test');
    expect(readSiteUrl({ SITE_URL: ' http://localhost:8080 ' })).toBe('http://localhost:8080');
  });

  it.each([
    ['ip.changzhou.test', /not a full address.*SITE_URL=https:\/\//],
    ['ftp://ip.changzhou.test', /must start with https:\/\//],
    ['https://ip.changzhou.test/?x=1', /only the scheme and host/],
    ['https://user@ip.changzhou.test', /only the scheme and host/],
    ['https://owner.github.test/ip-site/', /path in BASE_PATH=\/ip-site\//],
  ])('rejects %s, saying what to write', (value, message) => {
    expect(() => readSiteUrl({ SITE_URL: value })).toThrow(message);
    expect(() => readSiteUrl({ SITE_URL: value })).toThrow(/SITE_URL/);
  });

  it('says, when unset, everything the build leaves out, in both languages', () => {
    for (const left of ['canonical', 'og:url', 'QR', 'sitemap', 'RSS', 'clause_url', 'SITE_URL=https://'])
      expect(WITHOUT_SITE_URL, left).toContain(left);
    expect(WITHOUT_SITE_URL).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('SITE_SECURITY_CONTACT and security.txt', () => {
  it('writes no file without a contact', () => {
    expect(readSecurityContacts({})).toBeUndefined();
    expect(readSecurityContacts({ SITE_SECURITY_CONTACT: '' })).toBeUndefined();
  });

  it('turns e-mail addresses into mailto: URIs and keeps https:, mailto: and tel: ones', () => {
    expect(
      readSecurityContacts({
        SITE_SECURITY_CONTACT: 'security@changzhou.test, https://changzhou.test/report, tel:+86-519-00000000',
      }),
    ).toEqual(['mailto:security@changzhou.test', 'https://changzhou.test/report', 'tel:+86-519-00000000']);
  });

  it.each(['http://changzhou.test/report', 'call the office'])('rejects %s, naming the setting', (contact) => {
    expect(() => readSecurityContacts({ SITE_SECURITY_CONTACT: contact })).toThrow(/SITE_SECURITY_CONTACT/);
  });

  it('expires a day short of a year after the build (RFC 9116 asks for less than a year), leap years included', () => {
    expect(securityTxtExpires(new Date('2026-01-15T00:00:00Z'))).toBe('2027-01-14T00:00:00.000Z');
    expect(securityTxtExpires(new Date('2024-03-01T00:00:00Z'))).toBe('2025-02-28T00:00:00.000Z');
  });

  it('has the required Contact and Expires fields, and Canonical only when the address is known', () => {
    const input = { contacts: ['mailto:security@changzhou.test'], buildDate: new Date('2026-01-15T00:00:00Z') };
    const withAddress = securityTxt({
      ...input,
      languages: ['zh-CN', 'en'],
      canonical: 'https://ip.changzhou.test/.well-known/security.txt',
    });
    expect(withAddress.split('\n')).toEqual([
      'Contact: mailto:security@changzhou.test',
      'Expires: 2027-01-14T00:00:00.000Z',
      'Preferred-Languages: zh-CN, en',
      'Canonical: https://ip.changzhou.test/.well-known/security.txt',
      '',
    ]);
    expect(securityTxt({ ...input, languages: ['zh-CN'] })).not.toContain('Canonical');
  });
});
