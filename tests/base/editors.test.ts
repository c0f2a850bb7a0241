// Editors' round trip, on the copy npm test builds under /ip-site/ (tests/support/editorsCopy.ts): a snapshot
// made with `npm run new` appears on /progress/ in both languages, and an English page whose Chinese source
// changed says so and is listed for editors.
import { describe, expect, it } from 'vitest';
import { BASE, page } from '../support/dist.ts';
import { EDITORS_CHANGES } from '../support/editorsChanges.ts';
import { en } from '../../src/i18n/en.ts';
import { zh } from '../../src/i18n/zh.ts';

const { snapshot, staleService, untouchedService } = EDITORS_CHANGES;
const text = (path: string) => page(`${BASE}${path}`).textContent;

describe('editors end to end', () => {
  it('shows the new snapshot on /progress/ in both languages', () => {
    expect(text('/progress/')).toContain(snapshot.fields['title-zh']);
    expect(text('/en/progress/')).toContain(snapshot.fields['title-en']);
    expect(text(`/en/progress/${snapshot.slug}/`)).toContain(snapshot.fields['title-en']);
  });

  it('warns on the English page that its Chinese source changed, and lists it for editors', () => {
    expect(text(`/en/services/${staleService}/`)).toContain(en['history.staleTranslation']);
    expect(text(`/en/services/${untouchedService}/`)).not.toContain(en['history.staleTranslation']);
    const row = page(`${BASE}/editors/translations/`)
      .querySelectorAll('tr')
      .find((tr) => tr.textContent.includes(`${staleService}.md`));
    // Chinese text is shown with full-width punctuation (converted at build): compare after NFKC.
    expect(row?.textContent.normalize('NFKC')).toContain(zh['translations.stale'].normalize('NFKC'));
  });
});
