// The bodies the planner's printed checklist names come from the overseas guide's "Who can help you file".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILING_HELP_SECTION, servicesInSection } from '../../src/lib/overseas/filingHelp.ts';
import { CONTENT_LANGS } from '../../src/i18n/locales.ts';

describe('servicesInSection', () => {
  const body = [
    '### Regional routes \\{#regional\\}',
    '- [Not this one](/en/services/tisc-baiteng/)',
    '### Who can help you file \\{#who-can-help\\}',
    'In Changzhou: [A](/en/services/protection-centre/), [B](/en/services/trademark-window/), [A again](/en/services/protection-centre/).',
    '- [An external site](https://example.org/services/x/)',
    '## Step 4 \\{#step-4\\}',
    '[After the section](/en/services/rights-assistance/)',
  ].join('\n');

  it('lists the services the section links to, once each, in its order, and nothing outside it', () => {
    expect(servicesInSection(body, 'who-can-help')).toEqual(['protection-centre', 'trademark-window']);
  });

  it('reads links written without a language prefix, as the source language writes them', () => {
    expect(servicesInSection('## Help {#help}\n[A](/services/protection-centre/)', 'help')).toEqual([
      'protection-centre',
    ]);
  });

  it('gives nothing for a section the body does not have', () => {
    expect(servicesInSection(body, 'nowhere')).toEqual([]);
  });

  it('finds the same bodies in every language of the guide', () => {
    const [first, ...rest] = CONTENT_LANGS.map((lang) =>
      servicesInSection(readFileSync(`content/overseas/${lang}.mdx`, 'utf8'), FILING_HELP_SECTION),
    );
    expect(first.length).toBeGreaterThan(0);
    for (const other of rest) expect(other).toEqual(first);
  });
});
