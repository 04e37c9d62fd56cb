import { ClockStart, Remedy } from '../enums';
import type { CouncilPolicy, StagePolicy } from '../policies/policy.types';

/** One rule of the LGSCO Complaint Handling Code, held against a policy. */
export interface ComplianceFinding {
  rule: string;
  compliant: boolean;
  detail: string;
  /** The section of the Code the rule comes from (code-requirements.ts), e.g. "5.2". */
  section: string;
}

/** The section of the Code each rule comes from: the self-assessment row it pre-fills (code-requirements.ts). */
export const RULE_SECTIONS = {
  'No informal stage before Stage 1': '5.2',
  'Exactly two formal stages': '5.1',
  'Acknowledge within 5 working days': '6.2',
  'Stage 1 response within 10 working days of acknowledgement': '6.3',
  'Stage 1 extension at most 10 working days': '6.4',
  'Stage 2 response within 20 working days of acknowledgement': '6.15',
  'Stage 2 extension at most 20 working days': '6.16',
  'A different person handles Stage 2': '6.14',
  'Time limit of at least 12 months': '2.3',
  'Final response tells the customer about the Ombudsman': '6.19',
  'Remedies include an apology': '7.1',
} as const;
export type ComplianceRule = keyof typeof RULE_SECTIONS;

const finding = (rule: ComplianceRule, compliant: boolean, detail: string): ComplianceFinding => ({
  rule,
  compliant,
  detail,
  section: RULE_SECTIONS[rule],
});
const clock = (s: StagePolicy): string => (s.responseClockFrom === ClockStart.RECEIPT ? 'of receipt' : 'of acknowledgement');

function stageResponse(p: CouncilPolicy, n: 1 | 2, limit: number): ComplianceFinding[] {
  const rule = `Stage ${n} response within ${limit} working days of acknowledgement` as ComplianceRule;
  const extRule = `Stage ${n} extension at most ${limit} working days` as ComplianceRule;
  const s = p.stages.find((x) => x.number === n);
  if (!s)
    return [finding(rule, false, `${p.councilName} has no Stage ${n}.`), finding(extRule, false, `${p.councilName} has no Stage ${n}.`)];
  // A clock from receipt is never later than the same clock from acknowledgement, so only the count matters.
  const response = finding(
    rule,
    s.respondWithinWorkingDays <= limit,
    s.respondWithinWorkingDays <= limit
      ? `${s.name} responds within ${s.respondWithinWorkingDays} working days ${clock(s)}.`
      : `${s.name} allows ${s.respondWithinWorkingDays} working days ${clock(s)}; the Code allows ${limit} from acknowledgement.`,
  );
  const max = s.maxExtensionWorkingDays;
  const extension =
    max === null
      ? finding(extRule, false, `${p.councilName} sets no maximum for extending ${s.name}; the Code allows at most ${limit} working days.`)
      : finding(extRule, max <= limit, `${s.name} can be extended by at most ${max} working days; the Code allows ${limit}.`);
  return [response, extension];
}

/**
 * The policy held against each rule of the Complaint Handling Code (2024). A departure is stated, not hidden:
 * councils report these in their annual self-assessment.
 */
export function codeCompliance(p: CouncilPolicy): ComplianceFinding[] {
  const informal = p.stages.filter((s) => s.number === 0);
  const formal = p.stages.filter((s) => s.number > 0);
  const slowAck = p.stages.filter((s) => s.acknowledgeWithinWorkingDays > 5);
  const stage2 = p.stages.find((s) => s.number === 2);
  return [
    finding(
      'No informal stage before Stage 1',
      informal.length === 0,
      informal.length === 0
        ? `${p.councilName} takes complaints straight into Stage 1.`
        : `${p.councilName} has an ${informal[0].name.toLowerCase()} stage (${informal[0].respondWithinWorkingDays} ` +
            'working days) before Stage 1; the Code does not allow a stage before the formal complaint.',
    ),
    finding(
      'Exactly two formal stages',
      formal.length === 2,
      formal.length === 2
        ? `${p.councilName} has two formal stages.`
        : `${p.councilName} has ${formal.length} formal stage${formal.length === 1 ? '' : 's'}; the Code has exactly two.`,
    ),
    finding(
      'Acknowledge within 5 working days',
      slowAck.length === 0,
      slowAck.length === 0
        ? `Every stage is acknowledged within ${Math.max(...p.stages.map((s) => s.acknowledgeWithinWorkingDays))} working days.`
        : `Acknowledgement may take more than 5 working days at ${slowAck.map((s) => s.name).join(', ')}.`,
    ),
    ...stageResponse(p, 1, 10),
    ...stageResponse(p, 2, 20),
    finding(
      'A different person handles Stage 2',
      Boolean(stage2?.independentOfEarlierStages),
      stage2?.independentOfEarlierStages
        ? `${stage2.name} is handled by ${stage2.handlerDescription}.`
        : `${p.councilName}'s policy does not require the Stage 2 handler to be someone not involved at Stage 1.`,
    ),
    finding(
      'Time limit of at least 12 months',
      p.timeLimitMonths >= 12,
      `Complaints are expected within ${p.timeLimitMonths} months, later ones at the discretion of ` +
        `${p.lateComplaintsDecidedBy}${p.timeLimitMonths >= 12 ? '' : '; the Code allows 12 months'}.`,
    ),
    finding(
      'Final response tells the customer about the Ombudsman',
      p.finalResponseSignpostsOmbudsman,
      p.finalResponseSignpostsOmbudsman
        ? `The final response gives the ${p.ombudsman.name}'s details.`
        : `${p.councilName}'s policy does not say that the final response points to the ${p.ombudsman.name}.`,
    ),
    finding(
      'Remedies include an apology',
      p.remedies.includes(Remedy.APOLOGY),
      p.remedies.includes(Remedy.APOLOGY)
        ? 'An apology is among the remedies the policy offers.'
        : 'The policy does not offer an apology as a remedy.',
    ),
  ];
}
