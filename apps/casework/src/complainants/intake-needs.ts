import { randomUUID } from 'node:crypto';
import { intakeAdjustment } from '@redress/policy';
import type { ComplainantRecord } from '@redress/contracts';
import type { EntityManager } from '@redress/platform';
import type { Complainant } from './complainant.entity';
import { ReasonableAdjustment } from './reasonable-adjustment.entity';

/**
 * What the person said at intake about how to reach them (Code s.5): the contact preference, as given now, and the
 * adjustments asked for in their words, kept as an OTHER adjustment for the handler to classify (once per wording).
 */
export async function recordIntakeNeeds(tx: EntityManager, person: Complainant, record: ComplainantRecord, now: Date): Promise<void> {
  if (record.contactPreference) person.contactPreference = record.contactPreference;
  const asked = intakeAdjustment(record.adjustments);
  if (!asked || (await tx.count(ReasonableAdjustment, { complainantId: person.id, need: asked.need }))) return;
  tx.create(ReasonableAdjustment, {
    id: randomUUID(),
    complainantId: person.id,
    councilId: person.councilId,
    ...asked,
    reviewOn: null,
    recordedAt: now,
    recordedBy: null,
  });
}
