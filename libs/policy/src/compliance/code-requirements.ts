import { badInput } from '../coded-error';
import { dayNumber } from '../calendar/london-time';
import type { CouncilPolicy } from '../policies/policy.types';
import type { ComplianceFinding, ComplianceRule } from './code-compliance';
import { codeCompliance } from './code-compliance';

/**
 * The requirements of the Complaint Handling Code (2024) a council assesses itself against each year (Code 8.1 and
 * its appendix), in our own words, section by section as in shared/reference/complaint-handling-code.md. `section` is
 * the Code's paragraph; `rules` are the policy core's compliance rules (codeCompliance) that judge it from the
 * policy itself, where there are any: the rest are for the complaints coordinator to assess, with evidence.
 */
export interface CodeRequirement {
  section: string;
  requirement: string;
  rules: readonly ComplianceRule[];
}

const req = (section: string, requirement: string, ...rules: ComplianceRule[]): CodeRequirement => ({ section, requirement, rules });

export const CODE_REQUIREMENTS: readonly CodeRequirement[] = [
  req(
    '1.2',
    "Any expression of dissatisfaction, however made, about the council's actions, lack of action or standard of service " +
      'is treated as a complaint.',
  ),
  req('1.4', 'Service requests are not complaints, but they are recorded, monitored and reviewed regularly.'),
  req(
    '2.1',
    'A complaint is accepted unless there is a valid reason not to; each case is decided on its facts, with no blanket exclusions.',
  ),
  req(
    '2.3',
    'Complaints made within 12 months of the matter are accepted, with discretion to take later ones.',
    'Time limit of at least 12 months',
  ),
  req('2.4', 'A refusal gives evidenced reasons and tells the person they may go to the Ombudsman.'),
  req('3.1', 'There are several accessible ways to complain.'),
  req('3.2', 'Equality Act duties are met and reasonable adjustments are made.'),
  req('3.3', 'The complaints policy is published on the website.'),
  req('3.4', 'A representative may complain on someone’s behalf.'),
  req('3.5', 'Any satisfaction survey says how to complain.'),
  req('4.1', 'A named person or team is responsible for complaint handling, with the authority and training to resolve complaints.'),
  req('5.1', 'There is one complaints policy with two stages only.', 'Exactly two formal stages'),
  req('5.2', 'There is no informal or "stage 0" step before Stage 1.', 'No informal stage before Stage 1'),
  req('5.3', 'When a deadline cannot be met, the person is told why and given a new date.'),
  req('5.4', 'Reasonable adjustments agreed are recorded and kept under review.'),
  req('5.5', 'A full record of each complaint is kept.'),
  req(
    '6.2',
    'Stage 1: the complaint is acknowledged and logged within 5 working days of receipt, setting out the understanding ' +
      'of it and the outcome sought.',
    'Acknowledge within 5 working days',
  ),
  req(
    '6.3',
    'Stage 1: the response is sent within 10 working days of the acknowledgement.',
    'Stage 1 response within 10 working days of acknowledgement',
  ),
  req('6.4', 'Stage 1: an extension has a reason and is no more than 10 working days.', 'Stage 1 extension at most 10 working days'),
  req('6.5', "A notice of extension gives the Ombudsman's contact details."),
  req('6.6', 'The response is sent when the answer is known, even if some actions remain; those actions are tracked.'),
  req(
    '6.9',
    'The response states the stage, the decision on each point, the reasons, any remedy, outstanding actions, and how to escalate.',
  ),
  req('6.12', 'Stage 2: the escalation is acknowledged within 5 working days of the request.', 'Acknowledge within 5 working days'),
  req('6.13', 'The person is not made to give reasons for escalating.'),
  req('6.14', 'A different person from Stage 1 handles Stage 2.', 'A different person handles Stage 2'),
  req(
    '6.15',
    'Stage 2: the response is sent within 20 working days of the acknowledgement.',
    'Stage 2 response within 20 working days of acknowledgement',
  ),
  req(
    '6.16',
    'Stage 2: an extension is no more than 20 working days, with the Ombudsman’s details.',
    'Stage 2 extension at most 20 working days',
  ),
  req('6.19', 'The final response says how to go to the Ombudsman.', 'Final response tells the customer about the Ombudsman'),
  req(
    '7.1',
    'Remedies include an apology, an explanation, action on what was delayed, reconsidering a decision, amending a ' +
      'record, a financial remedy, or changing a policy or procedure.',
    'Remedies include an apology',
  ),
  req(
    '7.3',
    'The council says what will happen and by when, and follows it through; if a remedy cannot be delivered, it says why ' +
      'and offers an alternative.',
  ),
  req(
    '8.1',
    'An annual complaints performance and service improvement report is published: this self-assessment, performance ' +
      'figures and analysis (the types of complaint refused), findings of non-compliance, service improvements, and the ' +
      "Ombudsman's annual letter.",
  ),
  req('8.2', "The annual report is published with the governing body's response."),
  req('8.3', 'The self-assessment is done again after a restructure or a change of procedure.'),
  req('9.1', 'A senior officer oversees complaint handling and looks at themes and trends.'),
  req(
    '9.2',
    'A Member Responsible for Complaints receives volumes, categories, outcomes, handling performance, trend reviews and ' +
      'the annual report: aggregates only, never individual cases.',
  ),
];

/** What the complaints coordinator recorded for one requirement in one year. */
export interface RecordedAssessment {
  section: string;
  compliant: boolean;
  evidence: string;
  commentary: string | null;
  action: string | null;
  actionBy: string | null;
}

/** One row of the self-assessment: the requirement, whether met and why, and what will change where not. */
export interface SelfAssessmentRow {
  section: string;
  requirement: string;
  compliant: boolean;
  /** False until a rule of the policy core or the complaints coordinator has assessed it. */
  assessed: boolean;
  /** The policy core's findings for it, each with its rule and detail. */
  findings: ComplianceFinding[];
  evidence: string | null;
  commentary: string | null;
  action: string | null;
  actionBy: string | null;
}

export function codeRequirement(section: string): CodeRequirement | undefined {
  return CODE_REQUIREMENTS.find((r) => r.section === section);
}

const findingsFor = (all: readonly ComplianceFinding[], r: CodeRequirement) => all.filter((f) => r.rules.some((rule) => rule === f.rule));
const why = (findings: readonly ComplianceFinding[]) => findings.map((f) => f.detail).join(' ') || null;

/**
 * The self-assessment of a policy: one row per requirement, pre-filled from the policy core's compliance check
 * (compliant where every rule on it is, and why in the commentary), with what the coordinator recorded on top. A row
 * no rule judges and nobody has assessed reads "not compliant": nothing shows it is met yet.
 */
export function selfAssessment(policy: CouncilPolicy, recorded: readonly RecordedAssessment[]): SelfAssessmentRow[] {
  const all = codeCompliance(policy);
  return CODE_REQUIREMENTS.map((r) => {
    const findings = findingsFor(all, r);
    const mine = recorded.find((a) => a.section === r.section);
    const byRules = findings.length > 0 && findings.every((f) => f.compliant);
    if (mine)
      return {
        requirement: r.requirement,
        assessed: true,
        findings,
        ...mine,
        commentary: mine.commentary ?? why(findings),
      };
    return {
      section: r.section,
      requirement: r.requirement,
      compliant: byRules,
      assessed: findings.length > 0,
      findings,
      evidence: null,
      commentary: why(findings),
      action: null,
      actionBy: null,
    };
  });
}

/**
 * Checks what the coordinator records for a requirement: a known section, evidence, and where not compliant an action
 * with a date (the Code's appendix); never "compliant" where the policy core finds the policy itself falls short (change
 * the policy first). Returns the assessment as stored, text trimmed.
 */
export function checkSelfAssessment(policy: CouncilPolicy, input: RecordedAssessment): RecordedAssessment {
  const r = codeRequirement(input.section.trim());
  if (!r)
    throw badInput(
      `There is no requirement ${input.section} in the Complaint Handling Code: ` +
        `use one of ${CODE_REQUIREMENTS.map((x) => x.section).join(', ')}.`,
      'input.section',
    );
  const evidence = input.evidence.trim();
  if (!evidence) throw badInput('Give the evidence: what shows whether the council meets this requirement.', 'input.evidence');
  const action = input.action?.trim() || null;
  if (input.actionBy) dayNumber(input.actionBy); // a real calendar date, or BAD_USER_INPUT
  if (!input.compliant && (!action || !input.actionBy))
    throw badInput(
      'Where the council does not comply, say what will change (action) and by when (actionBy).',
      action ? 'input.actionBy' : 'input.action',
    );
  const departures = findingsFor(codeCompliance(policy), r).filter((f) => !f.compliant);
  if (input.compliant && departures.length)
    throw badInput(
      `The policy itself does not meet ${r.section}: ${departures.map((f) => f.detail).join(' ')} ` +
        'Record it as not compliant, with an action.',
      'input.compliant',
    );
  return {
    section: r.section,
    compliant: input.compliant,
    evidence,
    commentary: input.commentary?.trim() || null,
    action,
    actionBy: input.actionBy ?? null,
  };
}
