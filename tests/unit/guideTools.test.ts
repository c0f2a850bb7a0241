// The overseas guide's step list links to its tools under the step the content places them in (the filing
// planner's is the link to its own page, PlannerLink).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeTools } from '../../src/lib/overseas/guideTools.ts';
import { CONTENT_LANGS } from '../../src/i18n/locales.ts';

const TOOLS = [
  { component: 'PlannerLink', anchor: 'planner-heading' },
  { component: 'RouteChooser', anchor: 'chooser-heading' },
];

describe('placeTools', () => {
  it('finds each tool under the step it follows, in the order the content places them', () => {
    const body = [
      '## Step 1 \\{#step-1\\}',
      'Text.',
      '## Step 3 \\{#step-3\\}',
      '<RouteChooser lang="en" />',
      '',
      '### Counting \\{#counting\\}',
      '<PlannerLink lang="en" />',
    ].join('\n');
    expect(placeTools(body, TOOLS)).toEqual([
      { component: 'RouteChooser', anchor: 'chooser-heading', step: 'step-3' },
      { component: 'PlannerLink', anchor: 'planner-heading', step: 'step-3' },
    ]);
  });

  it('leaves out a tool the content does not place, and one before the first step', () => {
    expect(placeTools('<PlannerLink />\n## Step 1 {#step-1}\nText.', TOOLS)).toEqual([]);
  });

  it('puts the route chooser before the way to the planner in both guides: a reader chooses a route, then dates it', () => {
    for (const lang of CONTENT_LANGS) {
      const placed = placeTools(readFileSync(`content/overseas/${lang}.mdx`, 'utf8'), TOOLS);
      expect(
        placed.map((t) => t.component),
        lang,
      ).toEqual(['RouteChooser', 'PlannerLink']);
    }
  });
});
