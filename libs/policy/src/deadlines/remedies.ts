import { londonDate } from '../calendar/london-time';
import type { LocalDate } from '../calendar/london-time';
import { addWorkingDays } from '../calendar/working-days';
import type { CouncilPolicy } from '../policies/policy.types';

/**
 * When a remedy promised in a response is due: the council's `remedyDueWorkingDays` working days after the London
 * date the response is issued (day 0), skipping bank holidays and the council's closures. Owners can be given
 * another date; this is the default.
 */
export function remedyDueOn(policy: Pick<CouncilPolicy, 'remedyDueWorkingDays' | 'closures'>, respondedAt: Date): LocalDate {
  return addWorkingDays(londonDate(respondedAt), policy.remedyDueWorkingDays, policy.closures);
}
