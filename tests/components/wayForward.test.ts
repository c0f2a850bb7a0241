// "提供线索 / Tell us" at the end of a service page opens the site's feedback channel, filled in with the page,
// its address and the detail; the setting is read when the site's settings load, so it is set before they do.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import { HOTLINE_12345 } from '../../src/lib/services/wayForward.ts';
import { useTranslations } from '../../src/i18n/t.ts';

// The deployment's setting as astro:env hands it to src/site.config.ts (read once, when Astro loads the env).
vi.mock('../../src/site.config.ts', async (original) => ({
  ...(await original<typeof import('../../src/site.config.ts')>()),
  FEEDBACK_CHANNEL: 'https://forms.example.org/tips?id=7',
}));
const { default: WayForward } = await import('../../src/components/WayForward.astro');
const container = await AstroContainer.create();
const t = useTranslations('en');

describe('WayForward with a feedback channel', () => {
  it('links "Tell us" to the form with the page, its address and the detail filled in', async () => {
    const html = await container.renderToString(WayForward, {
      props: {
        lang: 'en',
        page: 'Trademark window',
        way: {
          calls: [{ kind: 'by-name', ...HOTLINE_12345, askFor: { name: 'Trademark window' } }],
          sites: [],
          reachable: false,
        },
      },
      request: new Request('https://x.test/en/services/trademark-window/'),
    });
    const href = html.match(/data-tell-us[^>]*>[\s\S]*?<a href="([^"]+)"/)![1].replaceAll('&amp;', '&');
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://forms.example.org/tips');
    expect(url.searchParams.get('id')).toBe('7');
    expect(url.searchParams.get('page')).toBe('Trademark window');
    expect(url.searchParams.get('url')).toBe('/en/services/trademark-window/');
    expect(url.searchParams.get('field')).toBe(t('services.contact'));
    expect(html).toContain(t('services.sendCorrection'));
  });
});

describe('WayForward on an English page', () => {
  it('asks for the body by its English name and by the Chinese name the operator knows, marked as Chinese', async () => {
    const html = await container.renderToString(WayForward, {
      props: {
        lang: 'en',
        page: 'Changzhou Trademark Acceptance Window',
        way: {
          calls: [
            {
              kind: 'by-name',
              ...HOTLINE_12345,
              askFor: { name: 'Changzhou Trademark Acceptance Window', original: '常州商标受理窗口' },
            },
          ],
          sites: [],
          reachable: false,
        },
      },
      request: new Request('https://x.test/en/services/trademark-window/'),
    });
    const text = html.replace(/<[^>]+>/g, '').replaceAll('&quot;', '"');
    expect(text).toContain('ask for "Changzhou Trademark Acceptance Window" (常州商标受理窗口).');
    expect(html).toMatch(/<span lang="zh-CN"[^>]*>常州商标受理窗口<\/span>/);
  });
});
