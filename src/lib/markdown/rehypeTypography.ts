// rehype plugin: in every Markdown and MDX file, each figure with its unit is kept on one line
// (lib/typography/figures.ts), by the typography profile of the file's language. Full-width punctuation is
// not set here but once for the whole page (lib/typography/pagePass.ts). Content files stay as written.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { splitFigures } from '../typography/figures.ts';
import { langOfContentPath, SOURCE_LANG, typographyOf } from '../../i18n/locales.ts';
import type { TypographyProfile } from '../../i18n/localeTable.ts';

/** Elements whose text is code or not text at all: left alone. */
const SKIP = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp', 'svg', 'math']);
type Parent = Root | Element;

function isFigureSpan(node: Element): boolean {
  const className = node.properties?.className;
  return Array.isArray(className) && className.includes('fig');
}

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/** A link whose words are its own address (a source's URL written out): its digits are not figures, and on
 *  paper it needs no address after it (print.css prints a link's address unless it is marked so). */
function showsItsAddress(node: Element): boolean {
  const href = node.properties?.href;
  const text = textOf(node).trim();
  const bare = (url: string) => url.replace(/^(https?:|mailto:)\/{0,2}/, '').replace(/\/$/, '');
  return node.tagName === 'a' && typeof href === 'string' && text !== '' && bare(text) === bare(href);
}

function keepFiguresTogether(node: Parent, profile: TypographyProfile): void {
  node.children = node.children.flatMap((child): Array<RootContent & ElementContent> => {
    if (child.type === 'element' && showsItsAddress(child)) {
      child.properties.dataShowsAddress = '';
      return [child];
    }
    if (child.type === 'element') {
      if (!SKIP.has(child.tagName) && !isFigureSpan(child)) keepFiguresTogether(child, profile);
      return [child];
    }
    if (child.type !== 'text') return [child as RootContent & ElementContent];
    return splitFigures(child.value, profile).map(({ text, figure }) =>
      figure
        ? {
            type: 'element',
            tagName: 'span',
            properties: { className: ['fig'] },
            children: [{ type: 'text', value: text }],
          }
        : { type: 'text', value: text },
    );
  }) as typeof node.children;
}

export function rehypeTypography() {
  return (tree: Root, file: VFile) => {
    const lang = langOfContentPath(file.path ?? '') ?? SOURCE_LANG;
    keepFiguresTogether(tree, typographyOf(lang));
  };
}
