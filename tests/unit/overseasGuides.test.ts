// The guide-to-service links: every slug and need is real, and a service finds the guides that help with it,
// the guides for its main need first.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDES, guidesForService, type Guide } from '../../src/lib/overseas/guides.ts';
import { SERVICE_NEEDS } from '../../src/lib/schemas/service.ts';
import { parseContent } from '../../src/lib/content/parse.ts';

const slugs = readdirSync('content/services/zh').map((f) => f.replace(/\.md$/, ''));
const services = new Set(slugs);
/** A service's needs as its editor wrote them, in order. */
const needsOf = (slug: string) => {
  const file = `content/services/zh/${slug}.md`;
  return (parseContent(file, readFileSync(file, 'utf8')) as { data: { needs: string[] } }).data.needs;
};

describe('guidesForService', () => {
  it('names only services and needs that exist', () => {
    for (const guide of GUIDES) {
      for (const slug of guide.services) expect(services.has(slug), `${guide.path} → ${slug}`).toBe(true);
      for (const need of guide.needs ?? []) expect(SERVICE_NEEDS, `${guide.path} → ${need}`).toContain(need);
    }
  });
  it('sends the overseas dispute centre to the disputes-abroad guide first', () => {
    const slug = 'overseas-dispute-guidance-centre';
    expect(guidesForService({ slug, needs: needsOf(slug) })[0]?.path).toBe('/disputes-abroad/');
  });
  it('sends every body that handles disputes in China to the infringement guide before any other guide', () => {
    const disputes = slugs.filter((slug) => needsOf(slug).includes('disputes'));
    expect(disputes.length).toBeGreaterThan(0);
    for (const slug of disputes) {
      const paths = guidesForService({ slug, needs: needsOf(slug) }).map((g) => g.path);
      expect(paths, slug).toContain('/infringement/');
      // Unless the body's main need is another guide's (the overseas dispute centre), the infringement guide leads.
      const mainNeedGuide = GUIDES.find((g) => g.needs?.includes(needsOf(slug)[0] as never));
      if (!mainNeedGuide || mainNeedGuide.path === '/infringement/') expect(paths[0], slug).toBe('/infringement/');
    }
  });
  it('puts the guides for a need before those naming the body, in the order of its needs', () => {
    const fixture: Guide[] = [
      { path: '/a/', label: 'guides.overseas', services: ['x', 'y'] },
      { path: '/b/', label: 'guides.disputesAbroad', needs: ['overseas'], services: [] },
      { path: '/c/', label: 'guides.disputesHome', needs: ['disputes'], services: [] },
    ];
    expect(guidesForService({ slug: 'y', needs: ['disputes', 'overseas'] }, fixture).map((g) => g.path)).toEqual([
      '/c/',
      '/b/',
      '/a/',
    ]);
    expect(guidesForService({ slug: 'z', needs: ['training'] }, fixture)).toEqual([]);
  });
});
