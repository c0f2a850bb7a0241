// npm run translation:status — which Chinese files lack an English twin, and which English files are
// older than their Chinese source. The same report is on the editors' page /editors/translations/.
import { translationStatus, type TranslationState } from '../src/data/translationStatus.ts';
import { readContentFiles } from '../src/data/contentFiles.ts';

const LABELS: Record<TranslationState, string> = {
  current: '✓ 已同步 / current',
  stale: '! 中文已修改,译文待更新 / Chinese changed since translation',
  unrecorded: '? 未记录译自哪一版 / not marked (run translation:mark)',
  'missing-translation': '✗ 缺少译文 / translation missing',
  'missing-source': '✗ 缺少原文 / source file missing',
};
const pairs = translationStatus(readContentFiles());
for (const state of Object.keys(LABELS) as TranslationState[]) {
  const group = pairs.filter((p) => p.state === state);
  if (!group.length || state === 'current') continue;
  console.log(`\n${LABELS[state]}`);
  group.forEach((p) => console.log(`  ${p.source} → ${p.translation}`));
}
const current = pairs.filter((p) => p.state === 'current').length;
console.log(`\n${current}/${pairs.length} 译文已同步 / translations current`);
