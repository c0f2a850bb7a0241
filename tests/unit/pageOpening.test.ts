// A long page's contents list comes after its opening: the lead and any urgent notice are read first.
import { describe, expect, it } from 'vitest';
import { splitOpening } from '../../src/lib/content/pageOpening.ts';

describe('the opening of a page, before its contents list', () => {
  it('keeps the lead paragraph and a notice with its own heading before the first section', () => {
    const lead = '<p>Lead.</p>\n';
    const notice =
      '<aside class="notice">\n<h2 id="first-72-hours">First 72 hours</h2>\n<ol>\n<li>Act</li>\n</ol>\n</aside>\n';
    const rest = '<h2 id="time-limits">Time limits</h2>\n<p>Text.</p>';
    expect(splitOpening(lead + notice + rest)).toEqual({ opening: lead + notice, rest });
  });

  it('ends the opening at the first section when no notice leads', () => {
    expect(splitOpening('<p>Lead.</p><h2>One</h2><h2>Two</h2>')).toEqual({
      opening: '<p>Lead.</p>',
      rest: '<h2>One</h2><h2>Two</h2>',
    });
  });

  it('takes a page with no section heading as all opening', () => {
    expect(splitOpening('<p>Only</p>')).toEqual({ opening: '<p>Only</p>', rest: '' });
  });
});
