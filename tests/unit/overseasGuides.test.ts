// The guide-to-service links: every slug is a real service, and a service finds the guides that use it.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDES, guidesForService } from '../../src/lib/overseas/guides.ts';

const services = new Set(readdirSync('content/services/zh').map((f) => f.replace(/\.md$/, '')));

describe('guidesForService', () => {
  it('names only services that exist in content/services/zh', () => {
    for (const guide of GUIDES)
      for (const slug of guide.services) expect(services.has(slug), `${guide.path} → ${slug}`).toBe(true);
  });
  it('sends the overseas dispute centre to the disputes-abroad guide', () => {
    expect(guidesForService('overseas-dispute-guidance-centre').map((g) => g.path)).toContain('/disputes-abroad/');
  });
  it('lists every guide that uses a service, in order, and none for a service no guide uses', () => {
    const fixture = [
      { path: '/a/', label: 'guides.overseas' as const, services: ['x', 'y'] },
      { path: '/b/', label: 'guides.disputesAbroad' as const, services: ['y'] },
    ];
    expect(guidesForService('y', fixture).map((g) => g.path)).toEqual(['/a/', '/b/']);
    expect(guidesForService('z', fixture)).toEqual([]);
  });
});
