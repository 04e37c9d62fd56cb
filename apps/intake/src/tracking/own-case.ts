import type { EntityManager, StaffIdentity } from '@redress/platform';
import { Submission } from '../submissions/submission.entity';
import { CaseTracking } from './case-tracking.entity';

/** Who is asking about a case: the resident, with the email they gave, or signed-in staff (their own council's). */
export type CaseAsker = { staff: StaffIdentity } | { email: string | null | undefined };

export interface OwnCase {
  submission: Submission;
  /** Intake's projection of the case; null while casework is still opening it. */
  tracking: CaseTracking | null;
}

export const normalReference = (reference: string): string => reference.trim().toUpperCase();

/** The complainant's email, or their representative's: where one acts, the council writes to them. */
function asksForOwn(submission: Submission, asker: CaseAsker): boolean {
  if ('staff' in asker) return asker.staff.council === submission.councilId;
  const email = asker.email?.trim().toLowerCase();
  if (!email) return false;
  return submission.complainantEmail === email || submission.representative?.email?.trim().toLowerCase() === email;
}

/**
 * The one lookup of "my case" (tracking it, asking for the next stage): by reference, for the resident whose
 * email it is, or staff of its council. A wrong email, another council and an unknown reference all answer null,
 * so that no one can learn from the answer which references exist.
 */
export async function findOwnCase(em: EntityManager, reference: string, asker: CaseAsker): Promise<OwnCase | null> {
  const submission = await em.findOne(Submission, { reference: normalReference(reference) });
  if (!submission || !asksForOwn(submission, asker)) return null;
  const tracking = await em.findOne(CaseTracking, { reference: submission.reference });
  return { submission, tracking };
}
