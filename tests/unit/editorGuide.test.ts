// The editor guides list the values the check accepts (service kinds, needs, districts, statuses, units,
// target ids, clause IDs) as generated from the schemas and the content, so a new value cannot be missing
// from the guide: when one is added, this fails until `npm run docs:values` is run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_LANGS, SOURCE_LANG } from '../../src/i18n/locales.ts';
import { allowedValuesMarkdown, withAllowedValues } from '../../src/lib/content/guideValues.ts';
import { guideFacts } from '../../src/data/guideFacts.ts';

const facts = guideFacts();

describe('the editor guide', () => {
  it.each(CONTENT_LANGS)('in %s lists the allowed values exactly as the schemas and content give them', (lang) => {
    const guide = readFileSync(`docs/editor-guide.${lang}.md`, 'utf8');
    expect(guide, 'the guide has drifted: run npm run docs:values').toBe(
      withAllowedValues(guide, allowedValuesMarkdown(lang, facts)),
    );
    for (const target of facts.targets) expect(guide).toContain(`\`${target.id}\``);
  });

  it('fails when a value is missing from a guide', () => {
    const guide = readFileSync(`docs/editor-guide.${SOURCE_LANG}.md`, 'utf8');
    const stale = guide.replace('- `wujin`:', '- `wujin-district`:');
    expect(stale).not.toBe(withAllowedValues(stale, allowedValuesMarkdown(SOURCE_LANG, facts)));
  });
});
