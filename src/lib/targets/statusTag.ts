// How a target's status shows as a Tag: a shape that differs per status and a colour, so the status never
// relies on colour alone (WCAG 1.4.1). Behind and missed share the warning colour; their shapes tell them apart.
import type { TargetStatus } from './status.ts';

export const STATUS_TAG: Record<TargetStatus, { icon: string; tone: 'ok' | 'progress' | 'warning' | 'neutral' }> = {
  achieved: { icon: '✔', tone: 'ok' },
  'on-track': { icon: '▲', tone: 'progress' },
  behind: { icon: '▼', tone: 'warning' },
  missed: { icon: '✖', tone: 'warning' },
  'no-data': { icon: '○', tone: 'neutral' },
};
