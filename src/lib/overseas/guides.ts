// Which guides help with which services: the overseas guide, the disputes-abroad entry, the guide for foreign
// companies and the guide to an infringement or dispute in China each serve a few
// services, and each of those service pages links back to its guides.
// Kept here rather than in content/services so the service texts stay the editors' alone. A guide names either
// whole needs (every body serving a dispute gets the dispute guide, and a new body gets it too) or single bodies.
import type { UIKey } from '../../i18n/dictionaries.ts';
import type { SERVICE_NEEDS } from '../schemas/service.ts';

type ServiceNeed = (typeof SERVICE_NEEDS)[number];

export interface Guide {
  /** Language-neutral site path (localePath adds /en). */
  path: string;
  /** Dictionary key of the guide's link text. */
  label: UIKey;
  /** Needs (a service's `needs`) the guide answers: every service with one of them links to the guide. */
  needs?: ServiceNeed[];
  /** Single services (content/services/zh/<slug>.md) the guide also sends readers to. */
  services: string[];
}

/** What a service page knows of its body: its slug and its needs, most important first. */
export interface ServiceForGuides {
  slug: string;
  needs: readonly string[];
}

export const GUIDES: Guide[] = [
  {
    path: '/overseas/',
    label: 'guides.overseas',
    services: [
      'protection-centre',
      'tisc-baiteng',
      'cczu-ip-information-centre',
      'trademark-window',
      'brand-guidance-station',
      'rights-assistance',
      'trade-friction-workstation',
    ],
  },
  {
    path: '/disputes-abroad/',
    label: 'guides.disputesAbroad',
    needs: ['overseas'],
    // 12330 takes reports of infringement abroad as well as at home.
    services: ['hotline-12330'],
  },
  {
    // A dispute inside China: what the reader can do, and the bodies that help (the home page leads here).
    path: '/infringement/',
    label: 'guides.disputesHome',
    // Every body that handles disputes: a reader on the protection centre's or the mediation committee's page
    // has a dispute in China far more often than one abroad.
    needs: ['disputes'],
    services: [],
  },
  {
    path: '/foreign-companies/',
    label: 'guides.foreignCompanies',
    // The trademark window: a foreign company with no office in China must file through an agency there.
    services: [
      'protection-centre',
      'protection-centre-jintan',
      'rights-assistance',
      'hotline-12330',
      'trademark-window',
    ],
  },
];

/** The guides that help with a service; empty when none does. Guides for one of its needs come first, in the
 *  order of its needs (the body's main need first), then the guides that name the body, in the order above. */
export function guidesForService(service: ServiceForGuides, guides: Guide[] = GUIDES): Guide[] {
  const needRank = (guide: Guide) => {
    const ranks = (guide.needs ?? []).map((need) => service.needs.indexOf(need)).filter((i) => i >= 0);
    return ranks.length > 0 ? Math.min(...ranks) : Infinity;
  };
  return guides
    .map((guide, order) => ({ guide, order, rank: needRank(guide) }))
    .filter(({ guide, rank }) => rank < Infinity || guide.services.includes(service.slug))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ guide }) => guide);
}

/** True when the page at `path` is one of the guides: each explains the law, so each says it is not legal advice
 *  (components/LegalNotice.astro). */
export function isGuide(path: string, guides: Guide[] = GUIDES): boolean {
  return guides.some((guide) => guide.path === path);
}
