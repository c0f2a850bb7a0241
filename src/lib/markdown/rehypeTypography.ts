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

function keepFiguresTogether(node: Parent, profile: TypographyProfile): void {
  node.children = node.children.flatMap((child): Array<RootContent & ElementContent> => {
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
