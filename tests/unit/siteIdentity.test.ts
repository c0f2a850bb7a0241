// The site-identity setting: who publishes the site, and the footer lines every page shows from it.
import { describe, expect, it } from 'vitest';
import { correctionsHref, identityLines, readIdentity } from '../../src/lib/site/identity.ts';
import { siteSettings } from '../../src/lib/site/settings.ts';
import { useTranslations } from '../../src/i18n/t.ts';

const kinds = (lines: Array<{ kind: string }>) => lines.map((l) => l.kind);

describe('site identity', () => {
  it('says by default who publishes the site and that it is not an official site, in both languages', () => {
    const identity = readIdentity({});
    const zh = identityLines(identity, 'zh', useTranslations('zh'));
    const en = identityLines(identity, 'en', useTranslations('en'));
    expect(identity.official).toBe(false);
    expect(zh[0].text).toContain('本站编辑组');
    expect(zh[1].text).toContain('不是常州市人民政府或任何政府部门的官方网站');
    expect(en[0].text).toContain('editorial team');
    expect(en[1].text).toMatch(/not an official website/);
    expect(kinds(zh)).toEqual(['publisher', 'status']);
  });

  it('changes the footer lines when an official operator and registration numbers are set', () => {
    const identity = readIdentity({
      SITE_OPERATOR_ZH: '某某市知识产权局',
      SITE_OPERATOR_EN: 'Example Municipal IP Office',
      SITE_OFFICIAL: 'true',
      SITE_CODE: '3204000000',
      SITE_ICP: '苏ICP备00000000号',
      SITE_PSB: '苏公网安备 00000000000000号',
      SITE_CORRECTIONS: 'editor@example.cn',
    });
    const zh = identityLines(identity, 'zh', useTranslations('zh'));
    const en = identityLines(identity, 'en', useTranslations('en'));
    expect(zh.map((l) => l.text)).toEqual([
      '主办单位：某某市知识产权局',
      '本站为官方网站。',
      '网站标识码：3204000000',
      '苏ICP备00000000号',
      '苏公网安备 00000000000000号',
    ]);
    expect(en[0].text).toBe('Run by Example Municipal IP Office');
    expect(en.map((l) => l.text).join(' ')).not.toMatch(/not an official/);
    expect(correctionsHref(identity)).toBe('mailto:editor@example.cn');
  });

  it('keeps a web address for corrections as it is, and has none by default', () => {
    expect(correctionsHref(readIdentity({ SITE_CORRECTIONS: 'https://forms.example.cn/ip' }))).toBe(
      'https://forms.example.cn/ip',
    );
    expect(correctionsHref(readIdentity({}))).toBeUndefined();
  });

  it('refuses an operator named in only one language, naming both settings', () => {
    expect(() => readIdentity({ SITE_OPERATOR_ZH: '某某' })).toThrow(/SITE_OPERATOR_ZH.*SITE_OPERATOR_EN/);
  });
});

describe('site settings', () => {
  it('sends corrections to the repository’s issues when no contact of its own is set', () => {
    const settings = siteSettings({ REPOSITORY_URL: 'https://git.example.cn/ip/site/' });
    expect(settings.repositoryUrl).toBe('https://git.example.cn/ip/site');
    expect(settings.identity.corrections).toBe('https://git.example.cn/ip/site/issues');
    expect(
      siteSettings({ REPOSITORY_URL: 'https://git.example.cn/ip/site', SITE_CORRECTIONS: 'a@example.cn' }).identity
        .corrections,
    ).toBe('a@example.cn');
  });

  it('takes an empty value, as CI passes for a variable it does not set, as unset', () => {
    const settings = siteSettings({ SITE_URL: '', SITE_SECURITY_CONTACT: '', REPOSITORY_URL: '', SITE_OFFICIAL: '' });
    expect(settings).toMatchObject({ siteUrl: undefined, securityContacts: undefined, repositoryUrl: undefined });
    expect(settings.identity.official).toBe(false);
  });
});
