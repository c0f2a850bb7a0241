// How a target's status shows as a Tag: a shape that differs per status and a colour, so the status never
// relies on colour alone (WCAG 1.4.1). Behind and missed share the warning colour; their shapes tell them apart.
// Beside it, on a cross-border target, a quiet grey label in words.
import type { TargetStatus } from './status.ts';

export const STATUS_TAG: Record<TargetStatus, { icon: string; tone: 'ok' | 'progress' | 'warning' | 'neutral' }> = {
  achieved: { icon: '✔', tone: 'ok' },
  'on-track': { icon: '▲', tone: 'progress' },
  behind: { icon: '▼', tone: 'warning' },
  missed: { icon: '✖', tone: 'warning' },
  'no-data': { icon: '○', tone: 'neutral' },
};

/** A target the plan ties to IP abroad (crossBorder): grey and without a shape, so it never reads as a status. */
export const CROSS_BORDER_TAG = { tone: 'neutral' } as const;
