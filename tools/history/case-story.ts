import {
  CaseAction,
  CaseStatus,
  Channel,
  ComplaintCategory,
  ContactDirection,
  HoldReason,
  OmbudsmanDecision,
  Outcome,
  Remedy,
  Role,
  addWorkingDays,
  assignmentAction,
  earliestDelayDate,
  endOfLondonDay,
  financialQuarterOf,
  findCouncilPolicy,
  isWorkingDay,
  londonDate,
  startOfLondonDay,
  workingDaysBetween,
} from '@redress/policy';
import type { CouncilPolicy, LocalDate, StagePolicy } from '@redress/policy';
import type { MikroORM, StaffIdentity } from '@redress/platform';
import {
  Case,
  RemedyAction,
  acknowledgeCase,
  agreeExtension,
  agreeStatementOfComplaint,
  answerOmbudsmanEnquiry,
  assignCase,
  closeCase,
  completeRemedyAction,
  decideLateComplaint,
  escalateCase,
  holdCase,
  notifyDelay,
  plannedTimers,
  processSlaTimer,
  recordContact,
  recordOmbudsmanDecision,
  referToOmbudsman,
  respondToCase,
  resumeCase,
  returnForChanges,
  runCaseCommand,
  setCaseCategories,
  setStaffInvolved,
  signOffResponse,
} from '@redress/casework';
import type { CaseView, CaseworkContext, TimerQueue } from '@redress/casework';
import type { AreaProfile } from './catalogue';
import {
  ANONYMOUS_REASON,
  AREAS,
  CONTACT_NOTES,
  DELAY_REASONS,
  ESCALATION_REASONS,
  EXTENSION_REASONS,
  FINDINGS,
  HOLD_NOTES,
  LATE_ACCEPTANCES,
  LATE_REFUSALS,
  NOT_INVESTIGATED_REASONS,
  OMBUDSMAN_NOT_INVESTIGATED_REASONS,
  OMBUDSMAN_SUMMARIES,
  RETURN_REASONS,
  STATEMENTS,
  categoriesOf,
} from './catalogue';
import type { Showcase } from './plan';
import { Rng } from './prng';
import type { StaffBook } from './staff';

/** What the stories share: casework's ORM, the timer queue the commands reschedule on, the staff, the present. */
export interface StoryContext {
  orm: MikroORM;
  schema: string;
  timers: TimerQueue;
  staff: StaffBook;
  /** The present: nothing happens after it, so a case whose story runs on stays open, as it would be today. */
  horizon: Date;
  /** The first financial year of the history (its year number), for the year-on-year improvement. */
  firstYear: number;
  tally: Tally;
}

/** What the stories did, counted for the summary. */
export class Tally {
  readonly actions: Record<string, number> = {};
  breaches = 0;
  enquiriesOverdue = 0;
  /** Responses meant to be on time that were not (should stay 0: every breach in the history is deliberate). */
  unplannedLate = 0;
  add(action: string): void {
    this.actions[action] = (this.actions[action] ?? 0) + 1;
  }
}

/** The story has reached the present: the rest has not happened yet. */
class ReachedThePresent extends Error {}

interface Snap {
  status: CaseStatus;
  stage: number;
  acknowledgeBy: LocalDate;
  acknowledgedAt: Date | null;
  respondBy: LocalDate;
  respondedAt: Date | null;
  assigneeId: string | null;
  enquiryRespondBy: string | null;
}

const snapOfCase = (c: Case): Snap => {
  const s = c.stages.getItems().find((st) => st.number === c.currentStage)!;
  return {
    status: c.status,
    stage: c.currentStage,
    acknowledgeBy: s.acknowledgeBy,
    acknowledgedAt: s.acknowledgedAt,
    respondBy: s.respondBy,
    respondedAt: s.respondedAt,
    assigneeId: c.assigneeId,
    enquiryRespondBy: c.ombudsmanEnquiryRespondBy,
  };
};

const snapOfView = (v: CaseView): Snap => ({
  status: v.status,
  stage: v.stage.number,
  acknowledgeBy: v.stage.acknowledgeBy,
  acknowledgedAt: v.stage.acknowledgedAt,
  respondBy: v.stage.respondBy,
  respondedAt: v.stage.respondedAt,
  assigneeId: v.assigneeId,
  enquiryRespondBy: v.ombudsmanEnquiryRespondBy,
});

const MINUTE = 60_000;
const workday = (date: LocalDate): LocalDate => (isWorkingDay(date) ? date : addWorkingDays(date, 1));

const OUTCOMES: Readonly<Record<number, readonly (readonly [Outcome, number])[]>> = {
  0: [
    [Outcome.UPHELD, 35],
    [Outcome.PARTIALLY_UPHELD, 25],
    [Outcome.NOT_UPHELD, 35],
    [Outcome.NOT_INVESTIGATED, 5],
  ],
  1: [
    [Outcome.UPHELD, 25],
    [Outcome.PARTIALLY_UPHELD, 25],
    [Outcome.NOT_UPHELD, 45],
    [Outcome.NOT_INVESTIGATED, 5],
  ],
  2: [
    [Outcome.UPHELD, 15],
    [Outcome.PARTIALLY_UPHELD, 25],
    [Outcome.NOT_UPHELD, 57],
    [Outcome.NOT_INVESTIGATED, 3],
  ],
  3: [
    [Outcome.UPHELD, 10],
    [Outcome.PARTIALLY_UPHELD, 20],
    [Outcome.NOT_UPHELD, 68],
    [Outcome.NOT_INVESTIGATED, 2],
  ],
};

/** How likely the customer is to ask for the next stage after each outcome. */
const ESCALATION_BY_OUTCOME: Readonly<Record<Outcome, number>> = {
  [Outcome.UPHELD]: 0.35,
  [Outcome.PARTIALLY_UPHELD]: 1,
  [Outcome.NOT_UPHELD]: 1.6,
  [Outcome.NOT_INVESTIGATED]: 0.5,
};
/** How likely the customer is to ask for the next stage from each stage, before the outcome weighs in. */
const ESCALATION_BASE: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  hart: { 0: 0.22, 1: 0.16 },
  hampshire: { 1: 0.13, 2: 0.3 },
};

const OMBUDSMAN_DECISIONS: readonly (readonly [OmbudsmanDecision, number])[] = [
  [OmbudsmanDecision.NOT_INVESTIGATED, 35],
  [OmbudsmanDecision.NOT_UPHELD, 25],
  [OmbudsmanDecision.UPHELD_WITH_RECOMMENDATIONS, 20],
  [OmbudsmanDecision.PARTLY_UPHELD, 12],
  [OmbudsmanDecision.PARTLY_UPHELD_NO_RECOMMENDATIONS, 8],
];

/**
 * One case's life, from the day it opened to its close (or to the present), acted out through casework's own
 * application functions (`runCaseCommand` with each command, as the resolvers call them) with the clock set to the
 * moment each thing happens. Before each action the SLA timers that have fallen due meanwhile are fired (casework's
 * `processSlaTimer`), so a deadline missed on purpose is recorded as a breach exactly as the worker would record it;
 * deadlines the story meets never fire. All choices come from the case's own seed: the same seed, the same life.
 */
export class CaseStory {
  private t: Date;
  private snap: Snap;
  private readonly fired = new Set<string>();
  private enquiryOpen = false;
  private readonly policy: CouncilPolicy;
  private readonly area: AreaProfile;
  private readonly fy: number;
  private stagesWorked = 0;
  private lastOutcome: Outcome = Outcome.NOT_UPHELD;

  constructor(
    private readonly ctx: StoryContext,
    private readonly c: Case,
    private readonly rng: Rng,
    private readonly showcase: Showcase,
    openedAt: Date,
  ) {
    this.t = openedAt;
    this.snap = snapOfCase(c);
    this.policy = findCouncilPolicy(c.councilId)!;
    this.area = AREAS[c.councilId].find((a) => a.code === c.serviceArea) ?? AREAS[c.councilId][0];
    this.fy = Math.max(0, Math.min(2, financialQuarterOf(londonDate(c.receivedAt)).year - ctx.firstYear));
  }

  static async live(ctx: StoryContext, c: Case, seed: number, showcase: Showcase, openedAt: Date): Promise<void> {
    const story = new CaseStory(ctx, c, new Rng(seed), showcase, openedAt);
    try {
      await story.run();
    } catch (err) {
      if (!(err instanceof ReachedThePresent)) throw err;
    }
    // Whatever was left running at the present: the deadlines that have passed meanwhile fire, as they would have.
    await story.fireDue(ctx.horizon);
  }

  private get council(): string {
    return this.c.councilId;
  }

  private get anonymous(): boolean {
    return !this.c.complainant;
  }

  private stagePolicy(n = this.snap.stage): StagePolicy {
    return this.policy.stages.find((s) => s.number === n)!;
  }

  private get nextStage(): StagePolicy | undefined {
    return this.policy.stages.find((s) => s.number > this.snap.stage);
  }

  private async run(): Promise<void> {
    for (;;) {
      const answered = await this.workStage();
      if (!answered) return this.afterLateRefusal();
      const escalates = this.wantsNextStage();
      await this.afterResponse(escalates);
      if (!escalates) return;
      this.stagesWorked += 1;
    }
  }

  // ---- time ----------------------------------------------------------------------------------------------------------

  /** A moment in office hours on the date, after the last thing that happened. */
  private on(date: LocalDate): Date {
    const candidate = new Date(startOfLondonDay(date).getTime() + this.rng.int(9 * 60, 17 * 60 - 1) * MINUTE);
    return candidate.getTime() > this.t.getTime() ? candidate : new Date(this.t.getTime() + this.rng.int(7, 50) * MINUTE);
  }

  /** A moment `n` working days after the last thing that happened (0: later the same working day). */
  private after(n: number): Date {
    return this.on(addWorkingDays(workday(londonDate(this.t)), n));
  }

  /** A moment on or before the date, spread over the working days left: on time. */
  private byDate(due: LocalDate, earliestShare = 0.35): Date {
    const today = workday(londonDate(this.t));
    if (today > due) return this.on(today);
    const span = workingDaysBetween(today, due);
    const day = addWorkingDays(today, this.rng.int(Math.floor(span * earliestShare), span));
    return this.on(day > due ? due : day);
  }

  // ---- acting --------------------------------------------------------------------------------------------------------

  private context(staffId: string, at: Date): CaseworkContext {
    return {
      auth: { staff: this.ctx.staff.identity(staffId) },
      em: this.ctx.orm.em.fork(),
      schema: this.ctx.schema,
      now: () => at,
      timers: this.ctx.timers,
    };
  }

  /** Brings the clock to `at` (firing what fell due meanwhile), or stops at the present. */
  private async advance(at: Date): Promise<void> {
    if (at.getTime() > this.ctx.horizon.getTime()) throw new ReachedThePresent();
    await this.fireDue(at);
    this.t = at;
  }

  /** One command, as its resolver runs it: the policy core's case machine decides it with the real actor and case. */
  private async act(
    staffId: string,
    at: Date,
    request: Parameters<typeof runCaseCommand>[2],
    apply: Parameters<typeof runCaseCommand>[3],
  ): Promise<CaseView> {
    await this.advance(at);
    const view = await runCaseCommand(this.context(staffId, at), this.c.id, request, apply);
    this.snap = snapOfView(view);
    this.ctx.tally.add(typeof request === 'string' ? request : request.action);
    return view;
  }

  /**
   * Fires the SLA timers of the current stage that fell due before `until`, at their due moment, through casework's
   * own timer processor (a breach, or an Ombudsman enquiry overdue). Loads the case only when a deadline may have passed.
   */
  async fireDue(until: Date): Promise<void> {
    if (!this.mayHaveMissed(until)) return;
    const c = await this.ctx.orm.em.fork().findOneOrFail(Case, { id: this.c.id }, { populate: ['stages', 'stages.breaches'] });
    const stage = c.stages.getItems().find((s) => s.number === c.currentStage)!;
    const due = plannedTimers(c, stage)
      .filter((p) => p.job.fire === 'DUE' && p.job.deadline !== 'PROGRESS_UPDATE' && p.fireAt.getTime() < until.getTime())
      .sort((a, b) => a.fireAt.getTime() - b.fireAt.getTime());
    for (const timer of due) {
      const outcome = await processSlaTimer(this.ctx.orm.em.fork(), timer.job, new Date(timer.fireAt.getTime() + MINUTE), this.ctx.timers);
      if (outcome.outcome === 'done' && timer.job.deadline === 'OMBUDSMAN_ENQUIRY') this.ctx.tally.enquiriesOverdue += 1;
      else if (outcome.outcome === 'done') this.ctx.tally.breaches += 1;
    }
    for (const key of this.deadlineKeys()) if (endOfLondonDay(key.date).getTime() < until.getTime()) this.fired.add(key.id);
  }

  private deadlineKeys(): { id: string; date: LocalDate }[] {
    const s = this.snap;
    const keys: { id: string; date: LocalDate }[] = [];
    if (s.status === CaseStatus.WITH_OMBUDSMAN) {
      if (this.enquiryOpen && s.enquiryRespondBy) keys.push({ id: `enquiry-${s.enquiryRespondBy}`, date: s.enquiryRespondBy });
      return keys;
    }
    if (s.status === CaseStatus.CLOSED || s.status === CaseStatus.ON_HOLD) return keys;
    if (!s.acknowledgedAt && !this.anonymous) keys.push({ id: `ack-${s.stage}-${s.acknowledgeBy}`, date: s.acknowledgeBy });
    if (!s.respondedAt) keys.push({ id: `respond-${s.stage}-${s.respondBy}`, date: s.respondBy });
    return keys;
  }

  private mayHaveMissed(until: Date): boolean {
    return this.deadlineKeys().some((k) => !this.fired.has(k.id) && endOfLondonDay(k.date).getTime() < until.getTime());
  }

  // ---- a stage -------------------------------------------------------------------------------------------------------

  private get lateRate(): number {
    return [0.14, 0.11, 0.08][this.fy] * (this.snap.stage >= 2 ? 1.3 : 1);
  }

  private get lastStage(): boolean {
    return !this.nextStage;
  }

  /** Works the current stage to its response. False when a late complaint was refused (no response to give). */
  private async workStage(): Promise<boolean> {
    await this.assign();
    const handler = this.snap.assigneeId!;
    const showcase = this.showcase === 'EVERY_STAGE';
    if (!this.anonymous) {
      const lateAck = showcase ? this.stagesWorked === 1 : this.rng.chance([0.05, 0.035, 0.02][this.fy]);
      const soon = addWorkingDays(workday(londonDate(this.t)), this.rng.int(0, 2));
      const at = lateAck
        ? this.on(addWorkingDays(this.snap.acknowledgeBy, this.rng.int(1, 2)))
        : this.byDate(soon > this.snap.acknowledgeBy ? this.snap.acknowledgeBy : soon, 0);
      await this.act(handler, at, CaseAction.ACKNOWLEDGE, acknowledgeCase);
    }
    if (this.stagesWorked === 0) await this.categorise(handler);
    if (this.c.lateComplaint && this.stagesWorked === 0 && !(await this.decideLate())) return false;
    await this.whileInvestigating(handler, showcase);
    await this.respond(handler, showcase && this.lastStage);
    return true;
  }

  private async assign(): Promise<void> {
    if (this.snap.assigneeId) return;
    const stage = this.stagePolicy();
    const coordinator = this.ctx.staff.coordinator(this.council);
    const [by, to] =
      stage.handlerRole === Role.OFFICER
        ? this.rng.chance(0.6)
          ? [this.ctx.staff.officerFor(this.council, this.c.serviceArea), this.ctx.staff.officerFor(this.council, this.c.serviceArea)]
          : [coordinator, this.ctx.staff.officerFor(this.council, this.c.serviceArea)]
        : stage.handlerRole === Role.HEAD_OF_SERVICE
          ? [coordinator, this.ctx.staff.headOfServiceFor(this.council, this.c.serviceArea)]
          : [coordinator, coordinator];
    const action = assignmentAction({ id: by, roles: this.ctx.staff.identity(by).roles }, to);
    await this.act(by, this.after(this.rng.chance(0.7) ? 0 : 1), { action, assigneeId: to }, (s) => assignCase(s, to));
  }

  /** What went wrong, as the handler sees it: most complaints came categorised; some are corrected, a few stay without. */
  private async categorise(handler: string): Promise<void> {
    const given = this.c.categories.length > 0;
    let categories = [...this.c.categories];
    if (given ? this.rng.chance(0.2) : this.rng.chance(0.7)) {
      const first = this.rng.weighted(categoriesOf(this.area));
      categories = [...new Set([first, ...(this.rng.chance(0.35) ? [this.rng.weighted(categoriesOf(this.area))] : [])])];
      await this.act(handler, this.after(0), CaseAction.SET_CATEGORIES, (s) => setCaseCategories(s, categories));
    }
    const adviser = this.ctx.staff.contactCentre(this.council)[0];
    if (categories.includes(ComplaintCategory.STAFF_BEHAVIOUR) && this.c.serviceArea === 'customer-services' && this.rng.chance(0.6)) {
      await this.act(handler, this.after(0), { action: CaseAction.SET_STAFF_INVOLVED, staffInvolved: [adviser] }, (s) =>
        setStaffInvolved(s, [adviser]),
      );
    }
  }

  /** The coordinator's decision on a complaint made out of time. */
  private async decideLate(): Promise<boolean> {
    const coordinator = this.ctx.staff.coordinator(this.council);
    const accept = this.showcase === 'LATE' ? this.fy !== 0 : this.rng.chance(0.6);
    const reason = accept ? this.rng.pick(LATE_ACCEPTANCES) : this.rng.pick(LATE_REFUSALS);
    await this.act(coordinator, this.after(this.rng.int(1, 3)), { action: CaseAction.DECIDE_LATE_COMPLAINT, accept }, (s) =>
      decideLateComplaint(s, accept, reason),
    );
    return accept;
  }

  /** What happens while the stage is investigated: a Statement of Complaint, a hold, an extension, a delay, a call. */
  private async whileInvestigating(handler: string, showcase: boolean): Promise<void> {
    const hampshire = this.policy.statementOfComplaintWhenScopeUnclear;
    const named = !this.anonymous;
    if (named && hampshire && this.rng.chance(this.snap.stage === 1 ? 0.12 : 0.25)) {
      await this.act(handler, this.after(0), CaseAction.HOLD, (s) => holdCase(s, HoldReason.AWAITING_STATEMENT_OF_COMPLAINT, null));
      const statement = this.rng.pick(STATEMENTS);
      await this.act(handler, this.after(this.rng.int(2, 6)), CaseAction.AGREE_STATEMENT, (s) => agreeStatementOfComplaint(s, statement));
    } else if ((showcase && this.stagesWorked === 0) || this.rng.chance(0.05)) {
      const reason = showcase ? HoldReason.AWAITING_CUSTOMER : this.rng.weighted(HOLDS);
      await this.act(handler, this.after(this.rng.int(1, 4)), CaseAction.HOLD, (s) => holdCase(s, reason, HOLD_NOTES[reason]));
      await this.act(handler, this.after(this.rng.int(3, 10)), CaseAction.RESUME, resumeCase);
    }
    if (named && this.rng.chance(0.12)) {
      const note = this.rng.pick(CONTACT_NOTES);
      const input = {
        direction: this.rng.pick([ContactDirection.INBOUND, ContactDirection.OUTBOUND]),
        channel: Channel.TELEPHONE,
        summary: note,
      };
      await this.act(handler, this.after(this.rng.int(1, 3)), CaseAction.RECORD_CONTACT, (s) => recordContact(s, input));
    }
    const room = addWorkingDays(workday(londonDate(this.t)), 2) < this.snap.respondBy;
    const extend = named && room && ((showcase && this.stagesWorked === 1) || this.rng.chance(0.08));
    if (extend) {
      const days = this.rng.pick([5, 10]);
      const reason = this.rng.pick(EXTENSION_REASONS);
      const at = this.byDate(addWorkingDays(this.snap.respondBy, -2), 0.4);
      await this.act(handler, at, { action: CaseAction.EXTEND, extensionWorkingDays: days }, (s) => agreeExtension(s, days, reason));
    }
  }

  // ---- the response --------------------------------------------------------------------------------------------------

  private outcome(): Outcome {
    if (this.anonymous) return this.rng.chance(0.6) ? Outcome.NOT_INVESTIGATED : this.rng.pick([Outcome.NOT_UPHELD, Outcome.UPHELD]);
    return this.rng.weighted(OUTCOMES[Math.min(3, this.snap.stage)]);
  }

  private remedies(outcome: Outcome): Remedy[] {
    if (outcome === Outcome.NOT_INVESTIGATED) return [];
    if (outcome === Outcome.NOT_UPHELD) return this.rng.chance(0.15) ? [Remedy.EXPLANATION] : [];
    const hart = this.policy.apologyWhenAtFault;
    const apology = hart || this.rng.chance(0.75) ? [Remedy.APOLOGY] : [];
    const more = this.rng.some<Remedy>(
      hart
        ? [
            [Remedy.ACTION_TAKEN, 0.35],
            [Remedy.EXPLANATION, 0.08],
            [Remedy.PROCEDURES_IMPROVED, 0.12],
            [Remedy.OTHER, 0.02],
          ]
        : [
            [Remedy.ACTION_TAKEN, 0.3],
            [Remedy.EXPLANATION, 0.12],
            [Remedy.DECISION_RECONSIDERED, 0.1],
            [Remedy.PROCEDURE_RERUN, 0.05],
            [Remedy.MONEY_RECALCULATED, 0.05],
            [Remedy.PROCEDURES_IMPROVED, 0.12],
            [Remedy.FINANCIAL_REMEDY, 0.04],
            [Remedy.OTHER, 0.02],
          ],
    );
    const all = [...apology, ...more];
    return all.length ? all : [Remedy.ACTION_TAKEN];
  }

  private responseInput(): Parameters<typeof respondToCase>[1] {
    const outcome = this.outcome();
    const atFault = outcome === Outcome.UPHELD || outcome === Outcome.PARTIALLY_UPHELD;
    const lessons = atFault && this.area.lessons && this.rng.chance(0.7) ? this.rng.pick(this.area.lessons) : null;
    const notInvestigated =
      outcome === Outcome.NOT_INVESTIGATED ? (this.anonymous ? ANONYMOUS_REASON : this.rng.pick(NOT_INVESTIGATED_REASONS)) : null;
    return {
      outcome,
      findings: this.rng.pick(FINDINGS[outcome]),
      remedies: this.remedies(outcome),
      lessonsLearned: lessons,
      notInvestigatedReason: notInvestigated,
    };
  }

  /** On time, or late on purpose (a delay notice first, sometimes): the breach fires at the deadline. */
  private async respond(handler: string, forceLate: boolean): Promise<void> {
    const late = forceLate || (!this.showcase && this.rng.chance(this.lateRate));
    let issueAt: Date;
    if (late && !this.anonymous && workday(londonDate(this.t)) < this.snap.respondBy && this.rng.chance(0.3)) {
      const reason = this.rng.pick(DELAY_REASONS);
      const notice = this.byDate(this.snap.respondBy, 0.6);
      const newDate = addWorkingDays(
        earliestDelayDate(this.policy, { respondBy: this.snap.respondBy, expectedResponseBy: null }, notice),
        this.rng.int(1, 4),
      );
      await this.act(handler, notice, { action: CaseAction.NOTIFY_DELAY, newRespondBy: newDate }, (s) => notifyDelay(s, newDate, reason));
      issueAt = this.on(newDate);
    } else {
      issueAt = late ? this.on(addWorkingDays(this.snap.respondBy, this.rng.int(1, 8))) : this.byDate(this.snap.respondBy);
    }
    const input = this.responseInput();
    this.lastOutcome = input.outcome;
    const dueAt = endOfLondonDay(this.snap.respondBy);
    if (!this.stagePolicy().signOffRole) await this.act(handler, issueAt, CaseAction.RESPOND, (s) => respondToCase(s, input));
    else await this.signedOff(handler, issueAt, input);
    // Nothing breaches by accident: a response meant to be on time that is not is a flaw of the story, counted.
    if (!late && (this.snap.respondedAt?.getTime() ?? 0) > dueAt.getTime()) this.ctx.tally.unplannedLate += 1;
  }

  /** Hart Stage 2: the Head of Service drafts, the Joint Chief Executive's office signs off (or returns it first). */
  private async signedOff(handler: string, issueAt: Date, input: Parameters<typeof respondToCase>[1]): Promise<void> {
    const coordinator = this.ctx.staff.coordinator(this.council);
    const returned = this.rng.chance(0.2);
    const lead = returned ? 3 : 1;
    const draftDay = addWorkingDays(londonDate(issueAt), -lead);
    await this.act(handler, this.on(draftDay < londonDate(this.t) ? londonDate(this.t) : draftDay), CaseAction.RESPOND, (s) =>
      respondToCase(s, input),
    );
    if (returned) {
      const reason = this.rng.pick(RETURN_REASONS);
      await this.act(coordinator, this.after(1), CaseAction.RETURN_FOR_CHANGES, (s) => returnForChanges(s, reason));
      await this.act(handler, this.after(1), CaseAction.RESPOND, (s) => respondToCase(s, input));
    }
    await this.act(coordinator, issueAt.getTime() > this.t.getTime() ? issueAt : this.after(0), CaseAction.SIGN_OFF, signOffResponse);
  }

  // ---- after the response --------------------------------------------------------------------------------------------

  private wantsNextStage(): boolean {
    if (!this.nextStage || this.anonymous) return false;
    if (this.showcase === 'EVERY_STAGE') return true;
    const base = ESCALATION_BASE[this.council]?.[this.snap.stage] ?? 0.15;
    return this.rng.chance(base * ESCALATION_BY_OUTCOME[this.lastOutcome]);
  }

  private async afterResponse(escalates: boolean): Promise<void> {
    await this.completeRemedies(this.snap.assigneeId!, 1, 8);
    const handler = this.snap.assigneeId!;
    if (escalates) {
      if (this.rng.chance(0.3)) await this.act(handler, this.after(this.rng.int(3, 10)), CaseAction.CLOSE, closeCase);
      const adviser = this.rng.pick(this.ctx.staff.contactCentre(this.council));
      const reason = this.rng.pick(ESCALATION_REASONS);
      await this.act(adviser, this.after(this.rng.int(3, 18)), CaseAction.ESCALATE, (s) => escalateCase(s, reason));
      return;
    }
    await this.act(handler, this.after(this.rng.int(3, 12)), CaseAction.CLOSE, closeCase);
    const toOmbudsman =
      this.showcase === 'EVERY_STAGE' || (this.lastStage ? this.rng.chance(this.council === 'hart' ? 0.3 : 0.35) : this.rng.chance(0.015));
    if (toOmbudsman && !this.anonymous) await this.ombudsman(!this.lastStage);
  }

  /** The remedies the response promised, done by their owners (most within the council's period, some after). */
  private async completeRemedies(fallbackOwner: string, minWd: number, maxWd: number): Promise<void> {
    const actions = await this.ctx.orm.em.fork().find(RemedyAction, { case: this.c.id, completedAt: null }, { orderBy: { remedy: 'asc' } });
    for (const action of actions) {
      const late = this.rng.chance(0.08);
      const at = this.after(late ? this.rng.int(11, 15) : this.rng.int(minWd, maxWd));
      await this.advance(at);
      const owner: StaffIdentity = this.ctx.staff.identity(action.ownerId || fallbackOwner);
      await completeRemedyAction(this.ctx.orm.em.fork(), this.ctx.timers, { actionId: action.id, note: 'Done' }, owner, at);
      this.ctx.tally.add(CaseAction.COMPLETE_REMEDY_ACTION);
    }
  }

  private async afterLateRefusal(): Promise<void> {
    if (this.rng.chance(this.showcase === 'LATE' ? 1 : 0.25)) await this.ombudsman(false);
  }

  /** The customer goes to the Ombudsman: the referral, the enquiry and its answer, the decision, its remedies. */
  private async ombudsman(premature: boolean): Promise<void> {
    const coordinator = this.ctx.staff.coordinator(this.council);
    const referAt = this.after(this.rng.int(15, 60));
    // The Ombudsman's own style: the year, then six digits ("24 012 345").
    const digits = String(this.rng.int(0, 999_999)).padStart(6, '0');
    const reference = `${londonDate(referAt).slice(2, 4)} ${digits.slice(0, 3)} ${digits.slice(3)}`;
    const enquiry = this.rng.chance(0.75) ? addWorkingDays(londonDate(referAt), 20) : null;
    await this.act(coordinator, referAt, CaseAction.REFER_TO_OMBUDSMAN, (s) => referToOmbudsman(s, reference, enquiry));
    if (enquiry) {
      this.enquiryOpen = true;
      const late = this.rng.chance(0.15);
      const at = late ? this.on(addWorkingDays(enquiry, this.rng.int(2, 5))) : this.byDate(enquiry, 0.4);
      await this.act(coordinator, at, CaseAction.ANSWER_OMBUDSMAN_ENQUIRY, (s) =>
        answerOmbudsmanEnquiry(s, 'Chronology and copies of the responses sent'),
      );
      this.enquiryOpen = false;
    }
    const decision = premature
      ? OmbudsmanDecision.NOT_INVESTIGATED
      : this.showcase === 'EVERY_STAGE'
        ? [OmbudsmanDecision.UPHELD_WITH_RECOMMENDATIONS, OmbudsmanDecision.PARTLY_UPHELD, OmbudsmanDecision.NOT_UPHELD][this.fy]
        : this.rng.weighted(OMBUDSMAN_DECISIONS);
    const decideAt = this.after(this.rng.int(30, 100));
    const remedies = this.ombudsmanRemedies(decision);
    const input = {
      decision,
      summary: OMBUDSMAN_SUMMARIES[decision],
      remedies,
      reason:
        decision === OmbudsmanDecision.NOT_INVESTIGATED
          ? premature
            ? OMBUDSMAN_NOT_INVESTIGATED_REASONS[1]
            : this.rng.pick(OMBUDSMAN_NOT_INVESTIGATED_REASONS)
          : null,
      dueOn: remedies.length ? addWorkingDays(londonDate(decideAt), this.rng.int(20, 30)) : null,
    };
    await this.act(coordinator, decideAt, CaseAction.RECORD_OMBUDSMAN_DECISION, (s) => recordOmbudsmanDecision(s, input));
    await this.completeRemedies(coordinator, 5, 18);
  }

  private ombudsmanRemedies(decision: OmbudsmanDecision): Remedy[] {
    if (decision === OmbudsmanDecision.UPHELD_WITH_RECOMMENDATIONS)
      return [Remedy.APOLOGY, Remedy.FINANCIAL_REMEDY, ...(this.rng.chance(0.6) ? [Remedy.PROCEDURES_IMPROVED] : [])];
    if (decision === OmbudsmanDecision.PARTLY_UPHELD)
      return [Remedy.APOLOGY, this.rng.pick([Remedy.PROCEDURES_IMPROVED, Remedy.ACTION_TAKEN])];
    return [];
  }
}

const HOLDS: readonly (readonly [HoldReason, number])[] = [
  [HoldReason.AWAITING_CUSTOMER, 6],
  [HoldReason.CONCURRENT_PROCEDURE, 3],
  [HoldReason.LEGAL_PROCEEDINGS, 1],
];
