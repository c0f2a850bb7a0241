// npm run docs:values — writes the allowed values (service kinds, needs, districts, statuses, units, target
// ids, clause IDs) into each language's editor guide, between its allowed-values markers, from the schemas and
// the content. tests/unit/editorGuide.test.ts fails when a guide has drifted from them.
import { readFileSync, writeFileSync } from 'node:fs';
import { CONTENT_LANGS } from '../src/i18n/locales.ts';
import { allowedValuesMarkdown, withAllowedValues } from '../src/lib/content/guideValues.ts';
import { guideFacts } from '../src/data/guideFacts.ts';

const facts = guideFacts();
for (const lang of CONTENT_LANGS) {
  const path = `docs/editor-guide.${lang}.md`;
  const guide = readFileSync(path, 'utf8');
  const updated = withAllowedValues(guide, allowedValuesMarkdown(lang, facts));
  if (updated === guide) console.log(`= ${path}`);
  else {
    writeFileSync(path, updated);
    console.log(`✓ ${path}`);
  }
}
