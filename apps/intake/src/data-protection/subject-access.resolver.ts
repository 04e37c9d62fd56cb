import { Arg, Ctx, Directive, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { erasureDecision } from '@redress/policy';
import { JsonScalar, audit, badInput, conflict, newOutboxEvent, signedInStaff } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import type { IntakeContext } from '../intake.context';
import { EscalationRequest } from '../escalations/escalation-request.entity';
import { Submission } from '../submissions/submission.entity';
import { CaseTracking } from '../tracking/case-tracking.entity';
import { anonymiseSubmissions } from './anonymise-submission';
import { email as checkEmail } from '../submissions/validate-submission';

@ObjectType('SubjectAccessExport', { description: 'Everything held about one person (by the email they gave), as JSON: intake\'s part here, casework adds the cases' })
@Directive('@key(fields: "councilId email")')
export class SubjectAccessExportView {
  @Field(() => ID) councilId!: string;
  @Field(() => String) email!: string;
  @Field(() => Date) generatedAt!: Date;
  @Field(() => JsonScalar, { description: 'Every contact they made: what they wrote, their details, the outcome and the reply' }) submissions!: unknown[];
  @Field(() => JsonScalar, { description: 'Their requests for the next stage' }) escalationRequests!: unknown[];
}

@ObjectType('ErasureResult')
export class ErasureResultView {
  @Field(() => Boolean) erased!: boolean;
  @Field(() => [String], { description: 'The references whose personal data is being erased' }) references!: string[];
  @Field(() => String) message!: string;
}

const normalEmail = (address: string): string => {
  const e = address.trim().toLowerCase();
  if (!e) throw badInput('email must be the email address the person gave, e.g. jo@example.org.', 'email');
  checkEmail(e, 'email');
  return e;
};

const submissionsOf = (em: EntityManager, councilId: string, email: string) => em.find(Submission, { councilId, complainantEmail: email }, { orderBy: { receivedAt: 'asc' } });

@Resolver()
export class SubjectAccessResolver {
  @Query(() => SubjectAccessExportView, { description: 'Complaints coordinator: a subject access export of everything held about a person' })
  async subjectAccessExport(@Arg('councilId', () => ID) councilId: string, @Arg('email', () => String) email: string, @Ctx() ctx: IntakeContext): Promise<SubjectAccessExportView> {
    const staff = signedInStaff(ctx.auth);
    const address = normalEmail(email);
    const submissions = await submissionsOf(ctx.em, councilId, address);
    const requests = submissions.length ? await ctx.em.find(EscalationRequest, { reference: { $in: submissions.map((s) => s.reference) } }, { orderBy: { requestedAt: 'asc' } }) : [];
    await audit(ctx.em, staff, 'SUBJECT_ACCESS_EXPORT', submissions.map((s) => s.id), ctx.now());
    return {
      councilId,
      email: address,
      generatedAt: ctx.now(),
      submissions: submissions.map((s) => ({
        reference: s.reference,
        kind: s.kind,
        channel: s.channel,
        serviceArea: s.serviceArea,
        receivedAt: s.receivedAt.toISOString(),
        summary: s.summary,
        details: s.details,
        desiredOutcome: s.desiredOutcome,
        incidentDate: s.incidentDate,
        complainant: { type: s.complainantType, name: s.complainantName, email: s.complainantEmail, phone: s.complainantPhone, postalAddress: s.complainantPostalAddress },
        representative: s.representative,
        outcome: s.outcome,
        reply: s.message,
        referral: s.referral,
      })),
      escalationRequests: requests.map((r) => ({ reference: r.reference, requestedAt: r.requestedAt.toISOString(), reason: r.reason, accepted: r.accepted, reply: r.message })),
    };
  }

  @Mutation(() => ErasureResultView, { description: 'Complaints coordinator: erase a person\'s personal data on request, where the law allows (every case closed)' })
  async eraseSubject(
    @Arg('councilId', () => ID) councilId: string,
    @Arg('email', () => String) email: string,
    @Arg('reason', () => String, { description: 'The request, e.g. "Erasure request received by email on 1 December 2026"' }) reason: string,
    @Ctx() ctx: IntakeContext,
  ): Promise<ErasureResultView> {
    const staff = signedInStaff(ctx.auth);
    const address = normalEmail(email);
    if (!reason.trim()) throw badInput('reason must record the request: when and how it was made.', 'reason');
    const now = ctx.now();
    return ctx.em.transactional(async (tx) => {
      const submissions = await submissionsOf(tx, councilId, address);
      if (!submissions.length) return { erased: false, references: [], message: `Nothing is held for ${address} in this council.` };
      const cases = await tx.find(CaseTracking, { reference: { $in: submissions.map((s) => s.reference) } });
      const decision = erasureDecision(cases.map((c) => ({ reference: c.reference, status: c.status })));
      if (!decision.allowed) throw conflict(decision.reason);
      await audit(tx, staff, 'ERASURE_REQUEST', submissions.map((s) => s.id), now);
      await anonymiseSubmissions(tx, submissions, 'ERASURE', staff, now);
      if (cases.length) tx.persist(newOutboxEvent('subject.erase', { councilId, caseIds: cases.map((c) => c.caseId), requestedBy: staff.sub }, now));
      const references = submissions.map((s) => s.reference);
      return { erased: true, references, message: `The personal data held for ${references.join(', ')} is being erased; the figures keep the counts only.` };
    });
  }
}
