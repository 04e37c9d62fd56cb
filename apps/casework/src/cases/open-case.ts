import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { CaseStatus, findCouncilPolicy, stageDeadlines } from '@redress/policy';
import type { AcceptedSubmission, CaseOpenJob } from '@redress/contracts';
import { UnrecoverableError, newOutboxEvent } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import { Complainant } from '../complainants/complainant.entity';
import { recordIntakeNeeds } from '../complainants/intake-needs';
import { restrictionsInForce } from '../complainants/person';
import { Case, CaseEvent } from './case.entity';
import { openStage } from './case-stage.factory';
import { awaitLateDecision } from './decide-late-complaint';

async function findOrCreateComplainant(em: EntityManager, s: AcceptedSubmission, now: Date): Promise<Complainant | null> {
  const c = s.complainant;
  if (!c) return null;
  const known = c.email ? await em.findOne(Complainant, { councilId: s.councilId, email: c.email }) : null;
  if (known) return known;
  const created = em.create(Complainant, {
    id: randomUUID(),
    councilId: s.councilId,
    type: c.type,
    name: c.name,
    email: c.email,
    phone: c.phone,
    postalAddress: c.postalAddress,
    contactPreference: null,
    createdAt: now,
  });
  return created;
}

/**
 * case.open → a Case at the stage triage chose, its deadlines computed by the policy core from the receipt
 * date, and a case.opened event, in one transaction. Idempotent per submission: a replay finds the case.
 */
export async function openCase(em: EntityManager, job: CaseOpenJob, now: Date): Promise<Case> {
  const s = job.submission;
  const existing = await em.findOne(Case, { submissionId: s.submissionId }, { populate: ['stages', 'stages.breaches'] });
  if (existing) return existing;
  const policy = findCouncilPolicy(s.councilId);
  if (!policy) throw new UnrecoverableError(`case.open for unknown council ${s.councilId}`);
  const stagePolicy = policy.stages.find((st) => st.number === s.stage);
  if (!stagePolicy) throw new UnrecoverableError(`case.open for stage ${s.stage} that ${s.councilId}'s policy does not have`);
  const receivedAt = new Date(s.receivedAt);
  const deadlines = stageDeadlines({ policy, stage: s.stage, openedAt: receivedAt });

  try {
    return await em.transactional(async (tx) => {
      const complainant = await findOrCreateComplainant(tx, s, now);
      if (complainant) await recordIntakeNeeds(tx, complainant, s.complainant!, now);
      const restriction = complainant ? (await restrictionsInForce(tx, [complainant.id], now))[0] : undefined;
      const c = tx.create(Case, {
        id: randomUUID(),
        reference: s.reference,
        submissionId: s.submissionId,
        councilId: s.councilId,
        kind: s.kind,
        channel: s.channel,
        serviceArea: s.serviceArea,
        matter: s.matter,
        summary: s.summary,
        details: s.details,
        desiredOutcome: s.desiredOutcome,
        status: CaseStatus.OPEN,
        currentStage: s.stage,
        receivedAt,
        flags: s.flags,
        // Out of time with a justification: the coordinator decides whether it is considered (decideLateComplaint).
        lateComplaint: s.flags.includes('LATE_AT_DISCRETION'),
        // As given at intake (absent from jobs written before categories); the handler corrects them (setCaseCategories).
        categories: s.categories ?? [],
        staffInvolved: [],
        assigneeId: null,
        complainant,
        representative: s.representative,
        createdAt: now,
        ombudsmanReference: null,
        referredToOmbudsmanAt: null,
        ombudsmanDecision: null,
        ombudsmanSummary: null,
        ombudsmanRemedies: [],
        ombudsmanEnquiryRespondBy: null,
        ombudsmanEnquiryDueAt: null,
        ombudsmanEnquiryAnsweredAt: null,
        ombudsmanEnquiryOverdueAt: null,
      });
      // Unreasonable behaviour: a new complaint from a restricted person goes to their single point of contact.
      if (restriction) {
        c.flags = [...c.flags, 'CONTACT_RESTRICTED'];
        tx.create(CaseEvent, {
          case: c,
          at: now,
          type: 'CONTACT_RESTRICTION_APPLIES',
          actor: null,
          detail:
            `The complainant is under a contact restriction (${restriction.restrictions}): ` +
            `their single point of contact is ${restriction.singlePointOfContactId}`,
        });
      }
      openStage(tx, c, stagePolicy, receivedAt, deadlines);
      tx.create(CaseEvent, {
        case: c,
        at: now,
        type: 'CASE_OPENED',
        actor: null,
        detail:
          `Opened at ${stagePolicy.name} from ${s.channel.toLowerCase().replace('_', ' ')}` +
          (s.referredFrom ? `; passed on by another council (their reference ${s.referredFrom})` : ''),
      });
      await awaitLateDecision(tx, c, s.lateJustification, now);
      tx.persist(
        newOutboxEvent(
          'case.opened',
          {
            caseId: c.id,
            submissionId: s.submissionId,
            reference: s.reference,
            councilId: s.councilId,
            kind: s.kind,
            serviceArea: s.serviceArea,
            status: CaseStatus.OPEN,
            stage: s.stage,
            stageName: stagePolicy.name,
            acknowledgeBy: deadlines.acknowledgeBy,
            respondBy: deadlines.respondBy,
            receivedAt: s.receivedAt,
            channel: s.channel,
            matter: s.matter,
            anonymous: !s.complainant,
            categories: [...c.categories],
          },
          now,
        ),
      );
      return c;
    });
  } catch (err) {
    // The same job delivered twice at once: the other delivery opened it.
    if (err instanceof UniqueConstraintViolationException) {
      const winner = await em.fork().findOne(Case, { submissionId: s.submissionId }, { populate: ['stages', 'stages.breaches'] });
      if (winner) return winner;
    }
    throw err;
  }
}
