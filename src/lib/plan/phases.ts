// The timetable's phases (五、时序进度): their dates are read from the plan's own words,
// e.g. "(一)动员启动阶段(2022年7月—2022年9月)。", so the dates live once, in the text.
import type { Clause } from './parsePlan.ts';
import { SOURCE_LANG } from '../../i18n/locales.ts';

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

export interface TimelinePhase extends PhaseDates {
  id: string;
  text: string;
  state: PhaseState;
}

/**
 * The timetable on a given day: each phase's dates read from the Chinese clause (the authoritative
 * text), its words in the reader's language, and where `today` (YYYY-MM-DD) falls.
 */
export function timelinePhases(zhClauses: Clause[], langClauses: Clause[], today: string): TimelinePhase[] {
  const texts = new Map(langClauses.map((c) => [c.id, c.text]));
  return zhClauses
    .filter((c) => c.kind === 'phase')
    .map((phase) => {
      const dates = parsePhaseDates(phase.text);
      if (!dates)
        throw new Error(
          `content/plan/${SOURCE_LANG}: 阶段 ${phase.id} 缺少“2022年7月—2022年9月”形式的日期 / phase ${phase.id} has no dates like 2022年7月—2022年9月`,
        );
      return { id: phase.id, text: texts.get(phase.id) ?? phase.text, ...dates, state: phaseState(dates, today) };
    });
}
