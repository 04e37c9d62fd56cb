import { AlertKind, endOfLondonDay, informsCoordinatorOfDelay, stageDelayedAlertMessage } from '@redress/policy';
import type { LocalDate, StageDelayedFacts } from '@redress/policy';
import { alertCoordinator } from '../alerts/raise-alert';
import type { CommandResult, CommandScope } from './case-command';

/**
 * Where the policy asks for it (Hart Stage 2, §6.2 "inform the Joint Chief Executive of this situation"), an
 * extension or a delay alerts the complaints coordinator, in the change's transaction. Once per case, stage and
 * new date: the same change asked for twice alerts once.
 */
export async function informCoordinatorOfDelay(
  { c, stage, policy, tx, now }: CommandScope,
  f: Pick<StageDelayedFacts, 'kind' | 'was' | 'now' | 'reason'>,
): Promise<void> {
  if (!informsCoordinatorOfDelay(policy, stage.number)) return;
  await alertCoordinator(
    tx,
    {
      councilId: c.councilId,
      kind: AlertKind.STAGE_DELAYED,
      caseId: c.id,
      reference: c.reference,
      message: stageDelayedAlertMessage(policy, { ...f, reference: c.reference, stage: stage.number }),
      dedupeKey: `stage-delayed-${c.id}-${stage.number}-${f.kind}-${f.now}`,
      deadline: 'RESPONSE',
      dueAt: endOfLondonDay(f.now),
    },
    now,
  );
}

/**
 * A delay explained to the customer with the reason and a new date (Hart §6.4; Code 5). The case machine has checked
 * the date is later than today and than the date already given. `respondBy`, the promise, does not move: the
 * breach still falls due then and a late answer counts as late; the handler's reminder moves to the new date.
 */
export async function notifyDelay(scope: CommandScope, newRespondBy: LocalDate, reason: string): Promise<CommandResult> {
  const { stage, staff } = scope;
  const why = reason.trim();
  const was = stage.expectedResponseBy;
  stage.expectedResponseBy = newRespondBy;
  await informCoordinatorOfDelay(scope, { kind: 'DELAYED', was: stage.respondBy, now: newRespondBy, reason: why });
  return {
    change: 'DELAY_NOTIFIED',
    notify: { kind: 'DELAY', reason: why },
    detail:
      `Delay notified to the customer by ${staff.name}: ${why}. Reply now expected by ${newRespondBy}` +
      `${was ? ` (was ${was})` : ''}; still due by ${stage.respondBy} as promised.`,
  };
}
