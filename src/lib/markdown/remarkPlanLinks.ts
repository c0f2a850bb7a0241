// remark plugin: a link in content to a clause of the plan ("[原文](/plan/#task-1-1-2)", "[the clause](…)") is
// followed by the clause's name (clauseName: 四(一)1第2段 / IV (1) 1, paragraph 2) in a span that is hidden on
// screen and shown on paper (.print-ref, styles/print.css). Ten links all called "原文" are then told apart in a
// screen reader's list of links, and a printed "the clause" says which clause, where a link cannot be followed.
// It reads only the link's own address and the file's language, so Astro's cached render stays true.
import type { Link, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { clauseLinkRef } from '../plan/clauseName.ts';
import { clauseKind } from '../plan/clauseIds.ts';
import { SOURCE_LANG, langOfContentPath, splitLocale } from '../../i18n/locales.ts';

/** The clause a root-relative address points to on the plan page ("/en/plan/#task-1-1-2" → task-1-1-2). */
export function planClauseOf(url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const target = new URL(url, 'http://site.invalid');
  const id = decodeURIComponent(target.hash.slice(1));
  if (splitLocale(target.pathname, '/').path !== '/plan/' || !clauseKind(id)) return undefined;
  return id;
}

export function remarkPlanLinks() {
  return (tree: Root, file: VFile) => {
    const lang = langOfContentPath(file.path ?? '') ?? SOURCE_LANG;
    visit(tree, 'link', (node: Link) => {
      const id = planClauseOf(node.url);
      if (!id) return;
      node.children.push({
        type: 'text',
        value: clauseLinkRef(id, lang),
        data: { hName: 'span', hProperties: { className: ['visually-hidden', 'print-ref'] } },
      } as Link['children'][number]);
    });
  };
}
