// The main navigation, in order. Paths are language-neutral; labels are dictionary keys.
import type { UIKey } from '../i18n/dictionaries.ts';

export const NAV_ITEMS: Array<{ href: string; key: UIKey }> = [
  { href: '/', key: 'nav.home' },
  { href: '/plan/', key: 'nav.plan' },
  { href: '/targets/', key: 'nav.targets' },
  { href: '/progress/', key: 'nav.progress' },
  { href: '/services/', key: 'nav.services' },
  { href: '/data/', key: 'nav.data' },
  { href: '/overseas/', key: 'nav.overseas' },
  { href: '/about/', key: 'nav.about' },
];
