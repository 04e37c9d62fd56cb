import type { BankHoliday } from '../calendar/bank-holidays';
import { oneOffBankHolidays } from '../calendar/bank-holidays';
import type { LocalDate } from '../calendar/london-time';
import { formatLongDate, londonDate } from '../calendar/london-time';
import type { StageDeadlinesInput } from './stage-deadlines';
import { stageDeadlines } from './stage-deadlines';

/** A stage's deadlines as stored, with what its deadlines are computed from (as when they were set). */
export interface StoredStageDeadlines extends StageDeadlinesInput {
  acknowledgeBy: LocalDate;
  respondBy: LocalDate;
  /** Deadlines already met are history: they never move. */
  acknowledged: boolean;
  responded: boolean;
}

export interface DeadlineMove {
  deadline: 'ACKNOWLEDGEMENT' | 'RESPONSE';
  from: LocalDate;
  to: LocalDate;
  /** The one-off holidays within the stage's clock that explain it. */
  holidays: BankHoliday[];
}

/**
 * The unmet deadlines of a stage that a bank holiday added to the calendar (a one-off, announced after they were set)
 * moves: each deadline computed again differs from the stored one, and a one-off holiday falls between the stage's
 * day 0 and the later of the two dates. A deadline that differs for any other reason is left alone; one stored after
 * the holiday was known is already right, so a second run moves nothing.
 */
export function deadlinesMovedByHolidays(stored: StoredStageDeadlines): DeadlineMove[] {
  const now = stageDeadlines(stored);
  const day0 = londonDate(stored.openedAt);
  const moves: DeadlineMove[] = [];
  const consider = (deadline: DeadlineMove['deadline'], met: boolean, from: LocalDate, to: LocalDate) => {
    if (met || from === to) return;
    const holidays = oneOffBankHolidays(day0, from > to ? from : to);
    if (holidays.length) moves.push({ deadline, from, to, holidays });
  };
  consider('ACKNOWLEDGEMENT', stored.acknowledged, stored.acknowledgeBy, now.acknowledgeBy);
  consider('RESPONSE', stored.responded, stored.respondBy, now.respondBy);
  return moves;
}

const DEADLINE_WORDS: Record<DeadlineMove['deadline'], string> = { ACKNOWLEDGEMENT: 'Acknowledgement', RESPONSE: 'Response' };

/** The timeline line: "Response deadline moved from … to …: bank holiday … added". */
export function deadlineMoveDetail(move: DeadlineMove): string {
  const names = move.holidays.map((h) => `${h.name} (${formatLongDate(h.date)})`).join(', ');
  return (
    `${DEADLINE_WORDS[move.deadline]} deadline moved from ${formatLongDate(move.from)} to ${formatLongDate(move.to)}: ` +
    `bank holiday ${names} added`
  );
}
