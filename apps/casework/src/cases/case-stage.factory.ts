import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@redress/platform';
import type { StageDeadlines } from '@redress/policy';
import { CaseStage } from './case.entity';
import type { Case } from './case.entity';

/** A stage as it opens: its deadlines from the policy core, nothing else yet. */
export function openStage(
  tx: EntityManager,
  c: Case,
  stage: { number: number; name: string },
  openedAt: Date,
  d: StageDeadlines,
): CaseStage {
  return tx.create(CaseStage, {
    id: randomUUID(),
    case: c,
    number: stage.number,
    name: stage.name,
    openedAt,
    acknowledgeBy: d.acknowledgeBy,
    acknowledgeDueAt: d.acknowledgeDueAt,
    respondBy: d.respondBy,
    respondDueAt: d.respondDueAt,
    extensionWorkingDays: 0,
    outcome: null,
    remedies: [],
    heldSince: null,
    holdReason: null,
    workingDaysOnHold: 0,
    findings: null,
    lessonsLearned: null,
    notInvestigatedReason: null,
    responseDraftedAt: null,
    signedOffBy: null,
    handledBy: null,
    statementRequired: false,
    statementOfComplaint: null,
    statementAgreedAt: null,
  });
}
