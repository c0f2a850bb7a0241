// Which guides help with which services: the overseas guide, the disputes-abroad entry, the guide for foreign
// companies and the guide to an infringement or dispute in China each serve a few
// services, and each of those service pages links back to its guides.
// Kept here rather than in content/services so the service texts stay the editors' alone.
import type { UIKey } from '../../i18n/dictionaries.ts';

export interface Guide {
  /** Language-neutral site path (localePath adds /en). */
  path: string;
  /** Dictionary key of the guide's link text. */
  label: UIKey;
  /** Service slugs (content/services/zh/<slug>.md) the guide sends readers to. */
  services: string[];
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
    services: ['overseas-dispute-guidance-centre', 'rights-assistance', 'trade-friction-workstation', 'hotline-12330'],
  },
  {
    // A dispute inside China: what the reader can do, and the bodies that help (the home page leads here).
    path: '/infringement/',
    label: 'guides.disputesHome',
    services: ['rights-assistance', 'mediation-committee', 'one-stop-enforcement-platform', 'hotline-12330'],
  },
  {
    path: '/foreign-companies/',
    label: 'guides.foreignCompanies',
    services: ['protection-centre', 'protection-centre-jintan', 'rights-assistance', 'hotline-12330'],
  },
];

/** The guides that help with a service, in the order above; empty when none does. */
export function guidesForService(slug: string, guides: Guide[] = GUIDES): Guide[] {
  return guides.filter((guide) => guide.services.includes(slug));
}

/** True when the page at `path` is one of the guides: each explains the law, so each says it is not legal advice
 *  (components/LegalNotice.astro). */
export function isGuide(path: string, guides: Guide[] = GUIDES): boolean {
  return guides.some((guide) => guide.path === path);
}
