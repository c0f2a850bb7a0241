// rehype plugin: Chinese typography for every Markdown and MDX page. In Chinese files it restores full-width
// punctuation (lib/typography/punctuation.ts); in both languages it keeps each figure with its unit on one
// line (lib/typography/figures.ts). It only changes how text is shown: content files stay as written.
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { fullWidthSegments } from '../typography/punctuation.ts';
import { splitFigures } from '../typography/figures.ts';
import { langOfContentPath, type Lang } from '../../i18n/locales.ts';

/** Elements whose text is code or not text at all: left alone. */
const SKIP = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp', 'svg', 'math']);
/** Elements that start a new run of text: a parenthesis never pairs across them. */
const BLOCK = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'td',
  'th',
  'dt',
  'dd',
  'blockquote',
  'figcaption',
  'caption',
  'summary',
  'div',
  'section',
  'table',
  'tr',
  'ul',
  'ol',
  'dl',
]);

type Parent = Root | Element;

/** zh or en from the file's path: content/<collection>/<lang>/… or content/<collection>/<lang>.mdx. */
function langOfFile(path: string): Lang | undefined {
  return langOfContentPath(path) ?? (/[\\/](zh|en)\.mdx?$/.exec(path)?.[1] as Lang | undefined);
}

function convertRun(block: Parent): void {
  const texts: Text[] = [];
  const gather = (node: Parent) => {
    for (const child of node.children) {
      if (child.type === 'text') texts.push(child);
      else if (child.type === 'element' && !SKIP.has(child.tagName)) {
        if (BLOCK.has(child.tagName)) convertRun(child);
        else gather(child);
      }
    }
  };
  gather(block);
  fullWidthSegments(texts.map((t) => t.value)).forEach((value, i) => (texts[i].value = value));
}

function isFigureSpan(node: Element): boolean {
  const className = node.properties?.className;
  return Array.isArray(className) && className.includes('fig');
}

function keepFiguresTogether(node: Parent, lang: Lang): void {
  node.children = node.children.flatMap((child): Array<RootContent & ElementContent> => {
    if (child.type === 'element') {
      if (!SKIP.has(child.tagName) && !isFigureSpan(child)) keepFiguresTogether(child, lang);
      return [child];
    }
    if (child.type !== 'text') return [child as RootContent & ElementContent];
    return splitFigures(child.value, lang).map(({ text, figure }) =>
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
    const lang = langOfFile(file.path ?? '') ?? 'zh';
    if (lang === 'zh') convertRun(tree);
    keepFiguresTogether(tree, lang);
  };
}
