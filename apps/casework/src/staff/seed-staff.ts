import type { EntityManager } from '@redress/platform';
import { StaffMember } from './staff-member.entity';
import { STAFF_SEED } from './staff.seed';

/** Upserts the demo staff directory: safe to run at every start, and it brings rows seeded before up to date. */
export async function seedStaff(em: EntityManager): Promise<void> {
  await em.upsertMany(
    StaffMember,
    STAFF_SEED.map((s) => ({
      id: s.id,
      councilId: s.council,
      name: s.name,
      roles: s.roles,
      serviceAreas: s.serviceAreas,
      managerId: s.managerId,
      email: s.email,
    })),
  );
}
