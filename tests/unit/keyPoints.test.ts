// A guide's key points, the blocks its one-sheet printout keeps: the boxes of its opening or else the opening, and the
// numbers to call with the line that says what they are.
import { describe, expect, it } from 'vitest';
import { markKeyPoints } from '../../src/lib/content/keyPoints.ts';

/** The start tags the function marked, in order, as they were. */
const marked = (html: string) =>
  [...markKeyPoints(html).matchAll(/<([a-z0-9]+)[^>]*data-key-point[^>]*>/g)].map((m) =>
    m[0].replace(' data-key-point', ''),
  );

describe('a guide’s key points', () => {
  it('are the boxes of its opening, not the lead before them, where it has any', () => {
    const html =
      '<p>Lead.</p>\n<aside class="notice"><h2 id="in-short">In short</h2><ul><li><a href="#a">One</a></li></ul></aside>\n' +
      '<h2 id="a">A</h2><aside class="notice"><h2 id="later">Later</h2></aside><p>Text.</p>';
    expect(marked(html)).toEqual(['<aside class="notice">']);
    expect(markKeyPoints(html)).toContain('<aside class="notice"><h2 id="later">');
  });

  it('are its opening where it opens with no box', () => {
    const html = '<p>Lead.</p>\n<p>Second.</p>\n<h2 id="limits">Limits</h2><p>Text.</p>';
    expect(marked(html)).toEqual(['<p>', '<p>']);
  });

  it('keep the numbers to call and the line after them, in a paragraph each or grouped', () => {
    const calls =
      '<h2 id="who">Who</h2><p><a href="tel:12330">Call 12330</a></p>\n<p><a href="tel:12345">Call 12345</a></p>\n' +
      '<p>12330 is the IP hotline (source).</p><p>Not this one.</p>';
    expect(marked(`<p>Lead.</p>${calls}`)).toEqual(['<p>', '<p>', '<p>', '<p>']);
    expect(markKeyPoints(`<p>Lead.</p>${calls}`)).toContain('<p>Not this one.</p>');
    const grouped =
      '<h2 id="who">Who</h2><div class="call-buttons"><p><a href="tel:12330" class="call-button">Call 12330</a></p></div>' +
      '<p>What it is.</p>';
    expect(marked(grouped)).toEqual(['<div class="call-buttons">', '<p>']);
  });

  it('leave a number inside a sentence to its section', () => {
    const html =
      '<h2 id="steps">Steps</h2><ol><li>Call <a href="tel:12330">12330</a> for advice.</li></ol><p>Next.</p>';
    expect(marked(html)).toEqual([]);
  });

  it('leave the text itself unchanged', () => {
    const html = '<p>Lead <br> with <img src="a.png" alt=""> a break.</p><hr><h2 id="a">A</h2><p>B</p>';
    expect(markKeyPoints(html).replaceAll(' data-key-point', '')).toBe(html);
    expect(marked(html)).toEqual(['<p>', '<hr>']);
  });
});
