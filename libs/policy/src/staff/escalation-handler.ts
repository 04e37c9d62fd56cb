import { Role } from '../enums';
import type { StaffEntry } from './staff-directory';

export interface EscalatedCase {
  serviceArea: string;
  /** Who handled each earlier stage (null where nobody is recorded). */
  earlierHandlers: readonly (string | null)[];
  /** Staff the complaint is about: never its handler. */
  staffInvolved?: readonly string[];
}

/**
 * Who takes a case escalated to a stage whose policy handler is `handlerRole`. Where the policy gives the stage to
 * a Head of Service (Hart §6.2, Hampshire Stage 2): the first Head of Service in the directory (in id order) for
 * the case's service area who has not handled the case before and is not one the complaint is about. Otherwise, or
 * when there is none, null: the stage waits to be assigned.
 */
export function escalationHandler<S extends Pick<StaffEntry, 'id' | 'roles' | 'serviceAreas'>>(
  handlerRole: Role,
  c: EscalatedCase,
  directory: readonly S[],
): S | null {
  if (handlerRole !== Role.HEAD_OF_SERVICE) return null;
  const earlier = new Set([...c.earlierHandlers.filter((id): id is string => id !== null), ...(c.staffInvolved ?? [])]);
  return (
    directory.find((s) => s.roles.includes(Role.HEAD_OF_SERVICE) && s.serviceAreas.includes(c.serviceArea) && !earlier.has(s.id)) ?? null
  );
}
