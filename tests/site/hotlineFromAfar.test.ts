// The 12330 line is answered area by area, so a caller outside Changzhou needs Changzhou's area code, and one
// outside mainland China the country code too (docs/research/contacts-from-abroad.md). The hotline's page gives
// both full forms as numbers to tap, and its list of public sources cites where each code comes from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';
import { parseContent } from '../../src/lib/content/parse.ts';
import { HOTLINE_12330 } from '../../src/lib/services/wayForward.ts';

type Fact = { text: { zh: string; en: string }; source: { url?: string } };
const record = parseContent(HOTLINE_12330.slug, readFileSync(`content/services/zh/${HOTLINE_12330.slug}.md`, 'utf8'))
  .data as { facts: Fact[] };
/** The facts that give Changzhou's area code and China's country code: each form on the page rests on them. */
const areaCode = record.facts.filter((fact) => fact.text.zh.includes('区号是0519'));
const countryCode = record.facts.filter((fact) => fact.text.zh.includes('国家代码是86'));

describe.each([
  ['zh', ''],
  ['en', '/en'],
] as const)('the 12330 hotline from outside Changzhou (%s)', (_lang, prefix) => {
  const doc = page(`${prefix}/services/${HOTLINE_12330.slug}/`);
  const body = doc.querySelector('main .service-body')!;
  const facts = doc.querySelector('#facts-heading')!.parentNode;

  it('gives the number with the area code for a caller in another Chinese city, as a number to tap', () => {
    expect(body.querySelector('a[href="tel:051912330"]')?.textContent).toBe('0519-12330');
  });

  it('gives the number in international form for a caller outside mainland China, as a number to tap', () => {
    expect(body.querySelector('a[href="tel:+8651912330"]')?.textContent).toBe('+86 519 12330');
  });

  it('cites where the area code and the country code come from', () => {
    expect(areaCode.length, 'a fact giving the area code').toBeGreaterThan(0);
    expect(countryCode.length, 'a fact giving the country code').toBeGreaterThan(0);
    for (const fact of [...areaCode, ...countryCode]) {
      expect(fact.source.url, fact.text.en).toBeDefined();
      expect(facts.querySelector(`a[href="${fact.source.url}"]`), fact.source.url).not.toBeNull();
    }
  });
});
