// Whether a service body is there to help today or only proposed by the plan (its `standing`, decided from the
// plan's own words: src/lib/schemas/service.ts), and the order that puts real help first.
import type { ServiceRecord } from '../schemas/service.ts';

type WithStanding = { record: { data: Pick<ServiceRecord, 'standing'> } };

/** The plan proposes building this body; whether it has been built, the site does not know. */
export const isProposed = (data: Pick<ServiceRecord, 'standing'>): boolean => data.standing.status === 'proposed';

/** Bodies that exist before proposals, each part keeping the order it had (Array.prototype.sort is stable). */
export function existingFirst<T extends WithStanding>(views: readonly T[]): T[] {
  return [...views].sort((a, b) => Number(isProposed(a.record.data)) - Number(isProposed(b.record.data)));
}

/** How a proposal shows as a Tag: a hollow shape and grey, neither "open" (green) nor a warning. */
export const PROPOSED_TAG = { icon: '◇', tone: 'neutral' } as const;
