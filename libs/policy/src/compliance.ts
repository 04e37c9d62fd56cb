import { ClockStart } from './enums';
import type { CouncilPolicy, StagePolicy } from './types';

export interface ComplianceFinding { rule: string; compliant: boolean; detail: string }

const finding = (rule: string, compliant: boolean, detail: string): ComplianceFinding => ({ rule, compliant, detail });

function responseRule(stage: StagePolicy | undefined, label: string, days: number, maxExtension: number): ComplianceFinding[] {
  if (!stage) return [finding(`${label} response within ${days} working days of acknowledgement`, false, `The procedure has no ${label}.`)];
  // A clock from receipt is stricter than one from acknowledgement for the same count of days.
  const inTime = stage.respondWithinWorkingDays <= days;
  const from = stage.responseClockFrom === ClockStart.RECEIPT ? 'receipt' : 'acknowledgement';
  return [
    finding(
      `${label} response within ${days} working days of acknowledgement`,
      inTime,
      `${stage.name} responds within ${stage.respondWithinWorkingDays} working days of ${from}${inTime ? '.' : `, longer than the Code's ${days}.`}`,
    ),
    finding(
      `${label} extension at most ${maxExtension} working days`,
      stage.maxExtensionWorkingDays !== null && stage.maxExtensionWorkingDays <= maxExtension,
      stage.maxExtensionWorkingDays === null ? `${stage.name} sets no maximum extension.` : `${stage.name} allows up to ${stage.maxExtensionWorkingDays} working days of extension.`,
    ),
  ];
}

/** The policy held against the LGSCO Complaint Handling Code (2024), rule by rule. */
export function codeCompliance(policy: CouncilPolicy): ComplianceFinding[] {
  const informal = policy.stages.find((s) => s.number === 0);
  const formal = policy.stages.filter((s) => s.number > 0);
  const slowAck = policy.stages.filter((s) => s.acknowledgeWithinWorkingDays > 5);
  return [
    finding('No informal stage before Stage 1', !informal, informal ? `The procedure starts with "${informal.name}" before Stage 1.` : 'Complaints start at Stage 1.'),
    finding('Exactly two formal stages', formal.length === 2, `The procedure has ${formal.length} formal stage${formal.length === 1 ? '' : 's'}.`),
    finding(
      'Acknowledge within 5 working days',
      slowAck.length === 0,
      slowAck.length === 0 ? 'Every stage is acknowledged within 5 working days or sooner.' : `${slowAck.map((s) => s.name).join(', ')} allow more than 5 working days.`,
    ),
    ...responseRule(formal[0], 'Stage 1', 10, 10),
    ...responseRule(formal[1], 'Stage 2', 20, 20),
    finding(
      'A different person handles Stage 2',
      formal.slice(1).every((s) => s.independentOfEarlierStages),
      formal.slice(1).every((s) => s.independentOfEarlierStages) ? 'Later stages are handled by someone not involved earlier.' : 'The procedure does not say that later stages are handled by someone not involved earlier.',
    ),
    finding(
      'Time limit of at least 12 months',
      policy.timeLimitMonths >= 12,
      `Complaints are expected within ${policy.timeLimitMonths} months${policy.timeLimitMonths >= 12 ? '' : ", shorter than the Code's 12"}, with discretion for late ones.`,
    ),
  ];
}
