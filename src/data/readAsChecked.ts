// The collections read each Markdown file's front matter exactly as the content check does: through
// parseContent (src/lib/content/parse.ts: Astro's own parser, with dates given back as typed), so the check
// and the build cannot disagree about a file (issue 21). A loader wrapper: Astro's glob loader still finds,
// caches and renders the files; only the data handed to the schema comes from the one shared function.
// Node-only (reads the file).
import { readFile } from 'node:fs/promises';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseContent } from '../lib/content/parse.ts';

export function readAsChecked(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath || !/\.mdx?$/.test(props.filePath)) return context.parseData(props);
          const { data } = parseContent(props.filePath, await readFile(props.filePath, 'utf8'));
          // A file the check cannot read keeps Astro's reading; the check has already named it.
          return context.parseData(data ? { ...props, data: data as typeof props.data } : props);
        },
      }),
  };
}
