import { Role } from '../enums';
import type { CouncilPolicy } from '../policies/policy.types';
import type { StaffEntry } from './staff-directory';

/**
 * The council's complaints coordinator: the first member of staff in the directory (in the order given, id order
 * where it is read) with that role. null when the council names none.
 */
export function complaintsCoordinator<S extends Pick<StaffEntry, 'id' | 'roles'>>(directory: readonly S[]): S | null {
  return directory.find((s) => s.roles.includes(Role.COMPLAINTS_COORDINATOR)) ?? null;
}

/**
 * What the coordinator is told when a complaint made out of time opens (Hart s.6 "ask customers to explain and
 * justify"; Hampshire "at the discretion of the Corporate Complaints Team"): a decision is due, with the complainant's
 * reason when it is known.
 */
export function lateComplaintAlertMessage(
  policy: Pick<CouncilPolicy, 'timeLimitMonths'>,
  reference: string,
  justification?: string | null,
): string {
  const why = justification?.trim() ? ` Their reason: "${justification.trim()}"` : '';
  return (
    `${reference} was made more than ${policy.timeLimitMonths} months after the matter arose: decide whether it is considered ` +
    `(accept it, or refuse it with the reason). It can be acknowledged but not answered until you decide.${why}`
  );
}
