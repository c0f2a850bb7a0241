// The timetable's phases (五、时序进度): their dates are read from the plan's own words,
// e.g. "(一)动员启动阶段(2022年7月—2022年9月)。", so the dates live once, in the text.

export interface PhaseDates {
  /** First month of the phase, YYYY-MM. */
  start: string;
  /** Last month of the phase, YYYY-MM (the phase runs to the end of that month). */
  end: string;
}

const PHASE_DATES = /(\d{4})年(\d{1,2})月\s*[—–-]\s*(\d{4})年(\d{1,2})月/;

export function parsePhaseDates(phaseText: string): PhaseDates | undefined {
  const m = PHASE_DATES.exec(phaseText);
  if (!m) return undefined;
  const month = (y: string, mo: string) => `${y}-${mo.padStart(2, '0')}`;
  return { start: month(m[1], m[2]), end: month(m[3], m[4]) };
}

export type PhaseState = 'past' | 'current' | 'future';

/** Where a date falls relative to a phase. `today` is YYYY-MM-DD. */
export function phaseState(phase: PhaseDates, today: string): PhaseState {
  const month = today.slice(0, 7);
  if (month < phase.start) return 'future';
  if (month > phase.end) return 'past';
  return 'current';
}
