// Whether a figure reported for a target is plausible in the target's unit: inside the unit's range
// (UNIT_RANGES: a share 0–100), and within one order of magnitude of the target and its baseline. A figure
// of 70 for a target of 70亿元, or 0.95 for 95%, is almost always a slip of unit that would otherwise be
// published as "missed"; the message shows both as a reader would see them.
import { UNIT_RANGES } from '../schemas/target.ts';
import { formatTargetValue, type TargetUnit } from './format.ts';

export interface PlausibleTarget {
  unit: TargetUnit;
  value: number;
  baseline?: number;
}

const shown = (value: number, unit: TargetUnit) => ({
  zh: formatTargetValue(value, unit, 'zh'),
  en: formatTargetValue(value, unit, 'en'),
});

/** What is wrong with `value` as a figure for the target, in Chinese and English; undefined if plausible. */
export function implausibleFigure(value: number, target: PlausibleTarget, confirmed = false): string | undefined {
  const range = UNIT_RANGES[target.unit];
  const figure = shown(value, target.unit);
  if (value < range.min || (range.max !== undefined && value > range.max)) {
    const limits = `${range.min}–${range.max ?? '∞'}`;
    return `数值 ${value} 将显示为“${figure.zh}”,超出此单位的范围 ${limits} / the value ${value} would be published as "${figure.en}", outside this unit's range ${limits}${target.unit === 'percent' ? ': write 95 for 95%, not 0.95' : ''}`;
  }
  if (confirmed) return undefined;
  const known = [target.value, target.baseline].filter((v): v is number => v !== undefined && v > 0);
  if (known.length === 0) return undefined;
  const low = Math.min(...known) / 10;
  const high = Math.max(...known) * 10;
  if (value >= low && value <= high) return undefined;
  const goal = shown(target.value, target.unit);
  const base = target.baseline === undefined ? undefined : shown(target.baseline, target.unit);
  return (
    `数值 ${value} 将显示为“${figure.zh}”,而目标为“${goal.zh}”${base ? `(基准“${base.zh}”)` : ''},相差十倍以上:请按基本单位填写(70亿元写作 7000000000,95% 写作 95);若数值确实如此,请在该项中加 outOfRangeConfirmed: true` +
    ` / the value ${value} would be published as "${figure.en}", but the target is "${goal.en}"${base ? ` (baseline "${base.en}")` : ''}, more than ten times apart: write it in base units (70亿元 is 7000000000, 95% is 95); if the figure really is this, add outOfRangeConfirmed: true to it`
  );
}
