import { Role } from '@redress/policy';
import type { SlaAlertJob } from '@redress/contracts';
import type { EntityManager } from '@redress/platform';
import { StaffAlert, StaffMember } from '../staff/staff-member.entity';

/**
 * Who hears of it: a reminder goes to the handler; a breach to the handler's manager (the complaints
 * coordinator when nobody is assigned or the handler has no manager). Stored once per alert event.
 */
export async function deliverSlaAlert(em: EntityManager, alert: SlaAlertJob, now: Date): Promise<string | null> {
  const handler = alert.assigneeId ? await em.findOne(StaffMember, { id: alert.assigneeId }) : null;
  // Ombudsman enquiries are coordinated by the complaints coordinator (Hart s.6.5): alerts go straight there.
  let recipientId: string | null = alert.deadline === 'OMBUDSMAN_ENQUIRY' ? null : alert.fire === 'REMINDER' ? (handler?.id ?? null) : (handler?.managerId ?? null);
  if (!recipientId) {
    const coordinators = await em.find(StaffMember, { councilId: alert.councilId }, { orderBy: { id: 'asc' } });
    recipientId = coordinators.find((s) => s.roles.includes(Role.COMPLAINTS_COORDINATOR))?.id ?? null;
  }
  if (!recipientId) return null;
  await em.upsert(StaffAlert, {
    id: alert.eventId,
    recipientId,
    caseId: alert.caseId,
    reference: alert.reference,
    deadline: alert.deadline,
    fire: alert.fire,
    dueAt: new Date(alert.dueAt),
    createdAt: now,
    readAt: null,
  }, { onConflictAction: 'ignore' });
  return recipientId;
}
