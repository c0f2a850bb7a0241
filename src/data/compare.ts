// Route data for /plan/compare/: every clause of the plan in Chinese and English, paired by clause ID.
import { pairClauses, type CompareRow } from '../lib/plan/compare.ts';
import { planClauses } from './plan.ts';

export async function compareRows(): Promise<CompareRow[]> {
  const [zh, en] = await Promise.all([planClauses('zh'), planClauses('en')]);
  return pairClauses(zh, en);
}
