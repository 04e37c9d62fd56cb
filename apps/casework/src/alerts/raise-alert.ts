import { randomUUID } from 'node:crypto';
import { complaintsCoordinator } from '@redress/policy';
import type { AlertKind } from '@redress/policy';
import { OutboxEvent, newOutboxEvent } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import { staffDirectory } from '../staff/staff-directory';
import { StaffMember } from '../staff/staff-member.entity';
import { StaffAlert } from './staff-alert.entity';

export interface AlertRequest {
  recipientId: string;
  councilId: string;
  kind: AlertKind;
  message: string;
  /** The same key raises one alert however often it is asked for (a redelivered job, a timer that fires twice). */
  dedupeKey: string;
  caseId?: string | null;
  reference?: string | null;
  deadline?: string | null;
  fire?: string | null;
  dueAt?: Date | null;
}

/**
 * A new alert for someone the staff directory gives an address: `staff.alert` on casework's outbox, for communications
 * to email within working hours (in a digest with their others). Nobody to write to: the alert stands in `myAlerts`.
 */
async function mailAlert(tx: EntityManager, id: string, alert: AlertRequest, now: Date): Promise<void> {
  const staff = await tx.findOne(StaffMember, { id: alert.recipientId, councilId: alert.councilId }, { fields: ['name', 'email'] });
  if (!staff?.email) return;
  const event = newOutboxEvent(
    'staff.alert',
    {
      alertId: id,
      councilId: alert.councilId,
      staff: { id: staff.id, name: staff.name, email: staff.email },
      kind: alert.kind,
      message: alert.message,
      caseId: alert.caseId ?? null,
      reference: alert.reference ?? null,
      raisedAt: now.toISOString(),
    },
    now,
  );
  // Written at once rather than left to a flush: a caller outside a transaction never flushes.
  await tx.insert(OutboxEvent, event);
}

/**
 * Stores an alert for a member of staff, once per dedupeKey, and (when new) the job that emails it to them. Runs in the
 * caller's transaction when given one, so the alert and its email are written with the change that raised them or not
 * at all; otherwise in a transaction of its own. Returns whether it was new.
 */
export async function raiseAlert(em: EntityManager, alert: AlertRequest, now: Date): Promise<boolean> {
  // A fork, so that a caller's unflushed changes are not committed by this transaction.
  if (!em.isInTransaction()) return em.fork().transactional((tx) => raiseAlert(tx, alert, now));
  const id = randomUUID();
  const inserted = await em
    .createQueryBuilder(StaffAlert)
    .insert({
      id,
      dedupeKey: alert.dedupeKey,
      recipientId: alert.recipientId,
      councilId: alert.councilId,
      kind: alert.kind,
      message: alert.message,
      caseId: alert.caseId ?? null,
      reference: alert.reference ?? null,
      deadline: alert.deadline ?? null,
      fire: alert.fire ?? null,
      dueAt: alert.dueAt ?? null,
      createdAt: now,
      readAt: null,
    })
    .onConflict('dedupe_key')
    .ignore()
    .execute('run');
  const created = (inserted.affectedRows ?? 0) > 0;
  if (created) await mailAlert(em, id, alert, now);
  return created;
}

/** Alerts of a kind on a case that the change just made answers (a decision that was due has been made): marked read. */
export async function settleAlerts(em: EntityManager, caseId: string, kind: AlertKind, now: Date): Promise<void> {
  await em.nativeUpdate(StaffAlert, { caseId, kind, readAt: null }, { readAt: now });
}

/** An alert for the council's complaints coordinator (`complaintsCoordinator`); false when the council names none. */
export async function alertCoordinator(em: EntityManager, alert: Omit<AlertRequest, 'recipientId'>, now: Date): Promise<boolean> {
  const coordinator = complaintsCoordinator(await staffDirectory(em, alert.councilId));
  return coordinator ? raiseAlert(em, { ...alert, recipientId: coordinator.id }, now) : false;
}
