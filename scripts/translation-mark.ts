// npm run translation:mark -- content/…/en/<file> [--by 姓名]: records in a translated file that it now
// translates the current source text (its sourceHash), after a translator has brought it up to date, and who
// says so (markedBy: --by, or else git's user.name), so the file itself shows who marked what.
// Works for every kind with translations: the pairing rule is the registry's (src/lib/content/translations.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { sourceHash, withSourceHash } from '../src/data/sourceHash.ts';
import { CONTENT_ROOT } from '../src/data/contentFiles.ts';
import { sourceOf } from '../src/lib/content/translations.ts';
import { TRANSLATION_LANGS } from '../src/i18n/locales.ts';

const { values, positionals: files } = parseArgs({ options: { by: { type: 'string' } }, allowPositionals: true });
if (!files.length) {
  console.error(
    `用法 / usage: npm run translation:mark -- content/plan/${TRANSLATION_LANGS[0]}/41-task-1.md [more translated files] [--by 姓名/name]`,
  );
  process.exit(1);
}

/** Who is marking: --by, or git's user.name; nobody is invented. */
function marker(): string | undefined {
  if (values.by) return values.by;
  try {
    return execFileSync('git', ['config', 'user.name'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}
const by = marker();
if (!by)
  console.warn(
    '! 未记录标记人:请加 --by 姓名,或设置 git config user.name / not recording who marked: add --by NAME or set git config user.name',
  );

for (const enFile of files) {
  // The pairing rule of the content check (translations.ts), on the path inside content/.
  const inContent = relative(CONTENT_ROOT, resolve(enFile)).split(sep).join('/');
  const twins = sourceOf(inContent);
  const zhFile = twins ? relative(process.cwd(), join(CONTENT_ROOT, twins.source)) : enFile;
  if (!twins || !existsSync(enFile) || !existsSync(zhFile)) {
    console.error(`✗ ${enFile}: 不是有原文的译文文件 / not a translation of a source file (${zhFile})`);
    process.exitCode = 1;
    continue;
  }
  const hash = sourceHash(readFileSync(zhFile, 'utf8'));
  writeFileSync(enFile, withSourceHash(readFileSync(enFile, 'utf8'), hash, by));
  console.log(`✓ ${enFile} ← ${zhFile} (${hash}${by ? `, ${by}` : ''})`);
}
