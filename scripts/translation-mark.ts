// npm run translation:mark -- content/…/en/<file>: records in a translated file that it now translates the
// current source text (its sourceHash), after a translator has brought it up to date.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { sourceHash, withSourceHash } from '../src/data/sourceHash.ts';
import { CONTENT_ROOT } from '../src/data/contentFiles.ts';
import { sourceOf } from '../src/lib/content/translations.ts';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('用法 / usage: npm run translation:mark -- content/plan/en/41-task-1.md [more English files]');
  process.exit(1);
}
for (const enFile of files) {
  // The pairing rule of the content check (translations.ts), on the path inside content/.
  const inContent = relative(CONTENT_ROOT, resolve(enFile)).split(sep).join('/');
  const twins = sourceOf(inContent);
  const zhFile = twins ? relative(process.cwd(), join(CONTENT_ROOT, twins.source)) : enFile;
  if (!twins || !existsSync(enFile) || !existsSync(zhFile)) {
    console.error(`✗ ${enFile}: 不是有中文原文的译文文件 / not a translation of a source file (${zhFile})`);
    process.exitCode = 1;
    continue;
  }
  const hash = sourceHash(readFileSync(zhFile, 'utf8'));
  writeFileSync(enFile, withSourceHash(readFileSync(enFile, 'utf8'), hash));
  console.log(`✓ ${enFile} ← ${zhFile} (${hash})`);
}
