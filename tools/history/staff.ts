import { Role } from '@redress/policy';
import type { StaffIdentity } from '@redress/platform';
import { STAFF_SEED } from '@redress/casework';
import type { StaffSeed } from '@redress/casework';

/** Who does what in the history: the seeded staff directory of each council (apps/casework/src/staff/staff.seed.ts). */
export class StaffBook {
  private readonly byId = new Map<string, StaffSeed>(STAFF_SEED.map((s) => [s.id, s]));

  identity(id: string): StaffIdentity {
    const s = this.byId.get(id);
    if (!s) throw new Error(`history: no seeded member of staff "${id}"`);
    return { sub: s.id, name: s.name, roles: s.roles, council: s.council };
  }

  private first(council: string, role: Role, area?: string): StaffSeed | undefined {
    return STAFF_SEED.find((s) => s.council === council && s.roles.includes(role) && (area === undefined || s.serviceAreas.includes(area)));
  }

  /** The officer who works in the service area (the customer services officer for anything else). */
  officerFor(council: string, area: string): string {
    return (this.first(council, Role.OFFICER, area) ?? this.first(council, Role.OFFICER, 'other') ?? this.first(council, Role.OFFICER))!.id;
  }

  headOfServiceFor(council: string, area: string): string {
    return (this.first(council, Role.HEAD_OF_SERVICE, area) ?? this.first(council, Role.HEAD_OF_SERVICE))!.id;
  }

  coordinator(council: string): string {
    return this.first(council, Role.COMPLAINTS_COORDINATOR)!.id;
  }

  contactCentre(council: string): string[] {
    return STAFF_SEED.filter((s) => s.council === council && s.roles.includes(Role.CONTACT_CENTRE)).map((s) => s.id);
  }

  /** Every seeded id of the council, to check the directory is there before anything is written. */
  idsOf(council: string): string[] {
    return STAFF_SEED.filter((s) => s.council === council).map((s) => s.id);
  }
}
