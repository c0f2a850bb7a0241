// Every built page is valid HTML by html-validate's recommended rules (project config: .htmlvalidate.json).
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { fileForUrl, pageUrls } from '../support/dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate', () => {
  it.each(pageUrls())('%s has no errors', async (url) => {
    const report = await validator.validateFile(fileForUrl(url));
    const errors = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
