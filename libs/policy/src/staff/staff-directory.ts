import type { Role } from '../enums';

/** A member of a council's staff directory, as the rules about who is told or takes a case read it. */
export interface StaffEntry {
  id: string;
  roles: readonly Role[];
  /** The service areas they work in (a Head of Service's areas). */
  serviceAreas: readonly string[];
  /** Who hears of their breaches; null when nobody is named. */
  managerId: string | null;
}
