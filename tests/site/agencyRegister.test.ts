// Where a guide tells the reader to use an agency, it says where to find a lawfully established one: CNIPA's
// patent agency management system, one fact (src/lib/services/agencyRegister.ts) shown by AgencyRegister.astro.
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';
import { PATENT_AGENCY_REGISTER } from '../../src/lib/services/agencyRegister.ts';
import { useTranslations } from '../../src/i18n/t.ts';

describe.each([
  ['zh', ''],
  ['en', '/en'],
] as const)('finding a patent agency (%s)', (lang, prefix) => {
  const t = useTranslations(lang);

  it("shows CNIPA's register under the overseas guide's who-can-help section", () => {
    const doc = page(`${prefix}/overseas/`);
    const box = doc.querySelector('[data-agency-register]')!;
    expect(box, 'the register box').not.toBeNull();
    expect(box.querySelector('h4')!.textContent).toBe(t('agencyRegister.title'));
    expect(box.querySelector(`a[href="${PATENT_AGENCY_REGISTER.href}"]`)!.textContent).toBe(t('agencyRegister.link'));
    // It sits in the section that names the agencies, before the next step.
    let heading = box.previousElementSibling;
    while (heading && !/^H[23]$/.test(heading.tagName)) heading = heading.previousElementSibling;
    expect(heading?.id).toBe('who-can-help');
  });

  it("sends the disputes-abroad guide's 'ask your agency' step to that section", () => {
    const doc = page(`${prefix}/disputes-abroad/`);
    expect(doc.querySelector(`#first-72-hours ~ ol a[href="${prefix}/overseas/#who-can-help"]`)).not.toBeNull();
  });
});
