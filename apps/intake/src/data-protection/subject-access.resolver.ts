import { Args, Ctx, Directive, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { JsonScalar, audit, signedInStaff } from '@redress/platform';
import type { IntakeContext } from '../intake.context';
import { EscalationRequest } from '../escalations/escalation-request.entity';
import { eraseSubject, submissionsOf } from './erase-subject';
import { EraseSubjectArgs, SubjectAccessExportArgs } from './subject-access.types';

@ObjectType('SubjectAccessExport', {
  description: "Everything held about one person (by the email they gave), as JSON: intake's part here, casework adds the cases",
})
@Directive('@key(fields: "councilId email")')
export class SubjectAccessExportView {
  @Field(() => ID) councilId!: string;
  @Field(() => String) email!: string;
  @Field(() => Date) generatedAt!: Date;
  @Field(() => JsonScalar, { description: 'Every contact they made: what they wrote, their details, the outcome and the reply' })
  submissions!: unknown[];
  @Field(() => JsonScalar, { description: 'Their requests for the next stage' }) escalationRequests!: unknown[];
}

@ObjectType('ErasureResult')
export class ErasureResultView {
  @Field(() => Boolean) erased!: boolean;
  @Field(() => [String], { description: 'The references whose personal data is being erased' }) references!: string[];
  @Field(() => String) message!: string;
}

// As the submissions hold it (its shape was checked at the edge: subject-access.types.ts).
const normalEmail = (address: string): string => address.trim().toLowerCase();

@Resolver()
export class SubjectAccessResolver {
  @Query(() => SubjectAccessExportView, {
    description: 'Complaints coordinator: a subject access export of everything held about a person',
  })
  async subjectAccessExport(
    @Args(() => SubjectAccessExportArgs) { councilId, email }: SubjectAccessExportArgs,
    @Ctx() ctx: IntakeContext,
  ): Promise<SubjectAccessExportView> {
    const staff = signedInStaff(ctx.auth);
    const address = normalEmail(email);
    const submissions = await submissionsOf(ctx.em, councilId, address);
    const requests = submissions.length
      ? await ctx.em.find(
          EscalationRequest,
          { reference: { $in: submissions.map((s) => s.reference) } },
          { orderBy: { requestedAt: 'asc' } },
        )
      : [];
    await audit(
      ctx.em,
      staff,
      'SUBJECT_ACCESS_EXPORT',
      submissions.map((s) => s.id),
      ctx.now(),
    );
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
        complainant: {
          type: s.complainantType,
          name: s.complainantName,
          email: s.complainantEmail,
          phone: s.complainantPhone,
          postalAddress: s.complainantPostalAddress,
          contactPreference: s.complainantContactPreference,
          adjustments: s.complainantAdjustments,
        },
        representative: s.representative,
        categories: s.categories,
        localArea: s.localArea,
        outcome: s.outcome,
        reply: s.message,
        referral: s.referral,
      })),
      escalationRequests: requests.map((r) => ({
        reference: r.reference,
        requestedAt: r.requestedAt.toISOString(),
        reason: r.reason,
        accepted: r.accepted,
        reply: r.message,
      })),
    };
  }

  @Mutation(() => ErasureResultView, {
    description: "Complaints coordinator: erase a person's personal data on request, where the law allows (every case closed)",
  })
  async eraseSubject(
    @Args(() => EraseSubjectArgs) { councilId, email, reason }: EraseSubjectArgs,
    @Ctx() ctx: IntakeContext,
  ): Promise<ErasureResultView> {
    const staff = signedInStaff(ctx.auth);
    const address = normalEmail(email);
    return eraseSubject(ctx.em, { councilId, email: address, reason: reason.trim() }, staff, ctx.now());
  }
}
