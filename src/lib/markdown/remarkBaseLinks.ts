// remark plugin: prefixes root-relative links in content ("/plan/#task-1-1-2") with Astro's `base`, so
// editors write site paths and the same content works at a host's root or under a project path.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { withBase } from '../../i18n/locales.ts';

export interface BaseLinksOptions {
  /** Astro's `base`, e.g. "/" or "/ip-site/". */
  base: string;
}

export function remarkBaseLinks({ base }: BaseLinksOptions) {
  return (tree: Root) => {
    visit(tree, ['link', 'definition'], (node) => {
      const link = node as { url: string };
      if (link.url.startsWith('/') && !link.url.startsWith('//')) link.url = withBase(link.url, base);
    });
  };
}
