// Whether a body's own page lets a reader reach it: the finder's cards ("有联系方式 / Contact details listed")
// and the service page's "to be added" line both follow this rule (src/lib/services/wayForward.ts).
import { describe, expect, it } from 'vitest';
import { hasOwnContact } from '../../src/lib/services/wayForward.ts';

const detail = { value: 'x' };

describe('hasOwnContact', () => {
  it('counts a published address, phone or official website as a way to reach the body', () => {
    expect(hasOwnContact({ kind: 'court', contact: { website: detail } })).toBe(true);
    expect(hasOwnContact({ kind: 'protection-centre', contact: { phone: detail } })).toBe(true);
    expect(hasOwnContact({ kind: 'protection-centre', contact: { address: detail } })).toBe(true);
  });

  it('counts a hotline, whose number is its name, with no contact details', () => {
    expect(hasOwnContact({ kind: 'hotline', contact: {} })).toBe(true);
  });

  it('does not count a body with no published address, phone or website', () => {
    expect(hasOwnContact({ kind: 'tisc', contact: {} })).toBe(false);
    expect(hasOwnContact({ kind: 'tisc' })).toBe(false);
  });
});
