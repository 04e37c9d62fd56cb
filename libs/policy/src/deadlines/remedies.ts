import { badInput } from '../coded-error';
import { formatLongDate, londonDate } from '../calendar/london-time';
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

/**
 * The `stage` of a remedy action the Ombudsman recommended: no stage of a procedure has it (Hart's informal
 * resolution is stage 0), so an apology promised at Stage 2 and one the Ombudsman recommends are two pieces of work.
 */
export const OMBUDSMAN_REMEDY_STAGE = -1;

export interface OmbudsmanRemedyPlan {
  stage: number;
  ownerId: string;
  dueOn: LocalDate;
}

/**
 * The Ombudsman's recommendations as remedy actions. Hart 6.5: Ombudsman cases "will be coordinated by the Joint Chief
 * Executive to ensure ... appropriate action is taken to resolve them" — the complaints coordinator role, which records
 * the decision, so whoever records it owns the actions and is chased for them. They are due on the date the Ombudsman
 * set for the council to comply (`complyBy`), else the council's remedy period from the day the decision is recorded.
 */
export function ombudsmanRemedyPlan(
  policy: Pick<CouncilPolicy, 'remedyDueWorkingDays' | 'closures'>,
  input: { remedies: readonly string[]; complyBy?: LocalDate | null; recordedBy: string; recordedAt: Date },
): OmbudsmanRemedyPlan {
  const today = londonDate(input.recordedAt);
  if (input.complyBy && !input.remedies.length)
    throw badInput('dueOn is the date to carry out the recommended remedies: give the remedies, or leave dueOn out.', 'input.dueOn');
  if (input.complyBy && input.complyBy < today)
    throw badInput(
      `dueOn is before today (${formatLongDate(today)}): give the date the Ombudsman set for the council to comply by.`,
      'input.dueOn',
    );
  return { stage: OMBUDSMAN_REMEDY_STAGE, ownerId: input.recordedBy, dueOn: input.complyBy ?? remedyDueOn(policy, input.recordedAt) };
}
