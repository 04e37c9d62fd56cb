import type { EntityManager } from '@redress/platform';
import { StaffMember } from './staff-member.entity';

/** The council's staff directory in id order: the order the policy's recipient and handler rules read it in. */
export const staffDirectory = (em: EntityManager, councilId: string): Promise<StaffMember[]> =>
  em.find(StaffMember, { councilId }, { orderBy: { id: 'asc' } });
