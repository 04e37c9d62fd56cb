import { AlertKind, CaseAction, OMBUDSMAN_REMEDY_STAGE, OmbudsmanDecision, Outcome, Remedy, Role } from '@redress/policy';
import type { StaffIdentity } from '@redress/platform';
import { OutboxEvent } from '@redress/platform';
import { caseworkTestbed } from '../testing/casework-testbed';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { runCaseCommand } from '../cases/case-command';
import { Case, CaseEvent } from '../cases/case.entity';
import { CaseResolver, loadCase } from '../cases/case.resolver';
import { escalateCase } from '../cases/escalate-case';
import { recordOmbudsmanDecision, referToOmbudsman } from '../cases/ombudsman';
import { openCase } from '../cases/open-case';
import { respondToCase } from '../cases/respond-to-case';
import { StaffAlert } from '../alerts/staff-alert.entity';
import { chaseOverdueRemedies } from './chase-remedies';
import { completeRemedyAction } from './complete-remedy-action';
import { RemedyAction } from './remedy-action.entity';

jest.setTimeout(60_000);

const bed = caseworkTestbed('ombudsman-remedies');
const staff = (sub: string, role: Role): StaffIdentity => ({ sub, name: sub, roles: [role], council: 'hart' });
const officer = staff('hart-officer', Role.OFFICER);
const colleague = staff('hart-officer-2', Role.OFFICER);
const coordinator = staff('hart-coordinator', Role.COMPLAINTS_COORDINATOR);
const ctx = bed.contextAt;
const complete = (who: StaffIdentity, actionId: string, now: string, note?: string) =>
  completeRemedyAction(bed.orm.em.fork(), bed.timers, { actionId, note }, who, new Date(now));
const actionsOf = (caseId: string) => bed.orm.em.fork().find(RemedyAction, { case: caseId }, { orderBy: { stage: 'asc', remedy: 'asc' } });
const allowedFor = async (reference: string, who: StaffIdentity, now: string) => {
  const c = ctx(now, who);
  const view = (await loadCase(c, { reference }))!;
  return new CaseResolver().allowedActions(view, c);
};

describe("the Ombudsman's recommendations are carried out (real PostgreSQL)", () => {
  it('tracks each recommendation with an owner and a due date, chases it, and records it done through the case machine', async () => {
    const opened = await openCase(bed.orm.em.fork(), newCaseOpenJob('2026-11-23T10:00:00Z'), new Date('2026-11-23T10:00:00Z'));
    await bed.orm.em.fork().nativeUpdate(Case, { id: opened.id }, { assigneeId: 'hart-officer' });
    // Stage 1 (Mon 30 November 2026) promised an apology; Stage 2 went to the Head of Service the next day.
    await runCaseCommand(ctx('2026-11-30T10:00:00Z', officer), opened.id, 'RESPOND', (s) =>
      respondToCase(s, { outcome: Outcome.UPHELD, findings: 'Missed', remedies: [Remedy.APOLOGY] }),
    );
    await runCaseCommand(ctx('2026-12-01T10:00:00Z', officer), opened.id, 'ESCALATE', (s) => escalateCase(s, 'Still missed'));
    const [stage1] = await actionsOf(opened.id);
    expect(stage1).toMatchObject({ stage: 1, ownerId: 'hart-officer' });

    // Another officer may not record it; its owner still may, though the case is no longer theirs.
    await expect(complete(colleague, stage1.id, '2026-12-02T10:00:00Z')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const done = await complete(officer, stage1.id, '2026-12-02T10:00:00Z', 'Apology letter sent');
    expect(done).toMatchObject({ completedBy: 'hart-officer', note: 'Apology letter sent', case: { reference: opened.reference } });
    const timeline = await bed.orm.em.fork().find(CaseEvent, { case: opened.id, type: 'REMEDY_COMPLETED' });
    expect(timeline.map((e) => [e.actor, e.detail])).toEqual([
      ['hart-officer', 'Remedy done: apology (promised at Stage 1): Apology letter sent'],
    ]);
    const events = await bed.orm.em.fork().find(OutboxEvent, { type: 'case.changed' });
    expect(
      events
        .filter((e) => (e.payload as { caseId: string; change: string }).caseId === opened.id)
        .map((e) => (e.payload as { change: string }).change),
    ).toContain('REMEDY_COMPLETED');
    await expect(complete(officer, stage1.id, '2026-12-02T11:00:00Z')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'That remedy was already recorded as done on 2026-12-02.',
    });

    await runCaseCommand(ctx('2026-12-20T10:00:00Z', coordinator), opened.id, 'REFER_TO_OMBUDSMAN', (s) =>
      referToOmbudsman(s, '26 012 345'),
    );
    const decide = (now: string, dueOn: string | null) =>
      runCaseCommand(ctx(now, coordinator), opened.id, 'RECORD_OMBUDSMAN_DECISION', (s) =>
        recordOmbudsmanDecision(s, {
          decision: OmbudsmanDecision.UPHELD_WITH_RECOMMENDATIONS,
          summary: 'Fault causing injustice',
          remedies: [Remedy.APOLOGY, Remedy.FINANCIAL_REMEDY],
          dueOn,
        }),
      );
    // A compliance date already past is refused, and nothing changes.
    await expect(decide('2027-02-01T10:00:00Z', '2027-01-29')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dueOn' });
    expect(await bed.orm.em.fork().findOneOrFail(Case, { id: opened.id })).toMatchObject({
      status: 'WITH_OMBUDSMAN',
      ombudsmanDecision: null,
    });
    expect(await actionsOf(opened.id)).toHaveLength(1);

    const closed = await decide('2027-02-01T10:00:00Z', '2027-03-01');
    expect(closed.status).toBe('CLOSED');
    expect(closed.timeline.at(-1)?.detail).toBe(
      'Ombudsman decision: upheld with recommendations; recommended: apology, financial remedy, ' +
        'to be done by 2027-03-01 (hart-coordinator sees it through)',
    );
    // The Ombudsman's apology is work apart from the Stage 1 one: both are on the case.
    const [apology, payment] = (await actionsOf(opened.id)).filter((a) => a.stage === OMBUDSMAN_REMEDY_STAGE);
    expect([apology, payment].map((a) => [a.remedy, a.ownerId, a.dueOn, a.completedAt])).toEqual([
      [Remedy.APOLOGY, 'hart-coordinator', '2027-03-01', null],
      [Remedy.FINANCIAL_REMEDY, 'hart-coordinator', '2027-03-01', null],
    ]);
    // Open on a closed case: the coordinator, and the Head of Service who handles it, are offered it; a colleague is not.
    expect(await allowedFor(opened.reference, coordinator, '2027-02-02T10:00:00Z')).toContain(CaseAction.COMPLETE_REMEDY_ACTION);
    expect(await allowedFor(opened.reference, colleague, '2027-02-02T10:00:00Z')).not.toContain(CaseAction.COMPLETE_REMEDY_ACTION);

    // Not done by the Ombudsman's date: its owner is chased once, the day after.
    expect(await chaseOverdueRemedies(bed.orm.em.fork(), new Date('2027-03-01T12:00:00Z'))).toBe(0);
    expect(await chaseOverdueRemedies(bed.orm.em.fork(), new Date('2027-03-02T12:00:00Z'))).toBe(2);
    const alerts = await bed.orm.em
      .fork()
      .find(StaffAlert, { caseId: opened.id, kind: AlertKind.REMEDY_DUE }, { orderBy: { message: 'asc' } });
    expect(alerts.map((a) => [a.recipientId, a.message])).toEqual([
      ['hart-coordinator', `${opened.reference}: apology was promised by Monday 1 March 2027 and is not recorded as done.`],
      ['hart-coordinator', `${opened.reference}: financial remedy was promised by Monday 1 March 2027 and is not recorded as done.`],
    ]);

    await complete(coordinator, apology.id, '2027-03-03T10:00:00Z', 'Apology sent by the Joint Chief Executive');
    await complete(coordinator, payment.id, '2027-03-03T10:05:00Z', '£150 paid');
    expect((await actionsOf(opened.id)).every((a) => a.completedAt)).toBe(true);
    // Nothing left to do: no one is offered it, and recording it again is a conflict.
    expect(await allowedFor(opened.reference, coordinator, '2027-03-04T10:00:00Z')).not.toContain(CaseAction.COMPLETE_REMEDY_ACTION);
    await expect(complete(coordinator, payment.id, '2027-03-04T10:00:00Z')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it("reads another council's remedy action as missing", async () => {
    const other = { ...coordinator, council: 'hampshire' };
    await expect(complete(other, '00000000-0000-4000-8000-000000000000', '2027-03-04T10:00:00Z')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
