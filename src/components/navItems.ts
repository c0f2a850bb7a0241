// The main navigation, in order. Paths are language-neutral; labels are dictionary keys.
import type { UIKey } from '../i18n/zh.ts';

export const NAV_ITEMS: Array<{ href: string; key: UIKey }> = [
  { href: '/', key: 'nav.home' },
  { href: '/plan/', key: 'nav.plan' },
  { href: '/plan/units/', key: 'nav.units' },
  { href: '/plan/timeline/', key: 'nav.timeline' },
  { href: '/about/', key: 'nav.about' },
];
