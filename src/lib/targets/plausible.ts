// Whether a figure reported for a target is plausible in the target's unit: inside the unit's range
// (UNIT_RANGES: a share 0–100), and within one order of magnitude of the target and its baseline. A figure
// of 70 for a target of 70亿元, or 0.95 for 95%, is almost always a slip of unit that would otherwise be
// published as "missed"; the message shows both as a reader would see them.
import { EDITOR_ENGLISH_LANG, SOURCE_LANG } from '../../i18n/locales.ts';
import { editorText, type EditorMessage } from '../content/editorMessage.ts';
import { UNIT_RANGES } from '../schemas/target.ts';
import { formatTargetValue, type TargetUnit } from './format.ts';

export interface PlausibleTarget {
  unit: TargetUnit;
  value: number;
  baseline?: number;
}

/** A figure as the Chinese half of a message quotes it (as the source publishes it) and as the English half does
 *  (as the English edition publishes it). */
const shown = (value: number, unit: TargetUnit): EditorMessage => ({
  inChinese: formatTargetValue(value, unit, SOURCE_LANG),
  inEnglish: formatTargetValue(value, unit, EDITOR_ENGLISH_LANG),
});

/** What is wrong with `value` as a figure for the target, in Chinese and English; undefined if plausible. */
export function implausibleFigure(value: number, target: PlausibleTarget, confirmed = false): string | undefined {
  const range = UNIT_RANGES[target.unit];
  const figure = shown(value, target.unit);
  if (value < range.min || (range.max !== undefined && value > range.max)) {
    const limits = `${range.min}–${range.max ?? '∞'}`;
    return editorText({
      inChinese: `数值 ${value} 将显示为“${figure.inChinese}”,超出此单位的范围 ${limits}`,
      inEnglish: `the value ${value} would be published as "${figure.inEnglish}", outside this unit's range ${limits}${target.unit === 'percent' ? ': write 95 for 95%, not 0.95' : ''}`,
    });
  }
  if (confirmed) return undefined;
  const known = [target.value, target.baseline].filter((v): v is number => v !== undefined && v > 0);
  if (known.length === 0) return undefined;
  const low = Math.min(...known) / 10;
  const high = Math.max(...known) * 10;
  if (value >= low && value <= high) return undefined;
  const goal = shown(target.value, target.unit);
  const base = target.baseline === undefined ? undefined : shown(target.baseline, target.unit);
  return editorText({
    inChinese: `数值 ${value} 将显示为“${figure.inChinese}”,而目标为“${goal.inChinese}”${base ? `(基准“${base.inChinese}”)` : ''},相差十倍以上:请按基本单位填写(70亿元写作 7000000000,95% 写作 95);若数值确实如此,请在该项中加 outOfRangeConfirmed: true`,
    inEnglish: `the value ${value} would be published as "${figure.inEnglish}", but the target is "${goal.inEnglish}"${base ? ` (baseline "${base.inEnglish}")` : ''}, more than ten times apart: write it in base units (70亿元 is 7000000000, 95% is 95); if the figure really is this, add outOfRangeConfirmed: true to it`,
  });
}
