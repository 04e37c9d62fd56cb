import { randomUUID } from 'node:crypto';
import { complaintsCoordinator } from '@redress/policy';
import type { AlertKind } from '@redress/policy';
import type { EntityManager } from '@redress/platform';
import { staffDirectory } from '../staff/staff-directory';
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
 * Stores an alert for a member of staff, once per dedupeKey. Runs in the caller's transaction when given one,
 * so the alert is written with the change that raised it or not at all. Returns whether it was new.
 */
export async function raiseAlert(em: EntityManager, alert: AlertRequest, now: Date): Promise<boolean> {
  const inserted = await em
    .createQueryBuilder(StaffAlert)
    .insert({
      id: randomUUID(),
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
  return (inserted.affectedRows ?? 0) > 0;
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
