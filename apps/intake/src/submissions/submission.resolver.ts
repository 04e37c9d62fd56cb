import { Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { IntakeContext } from '../intake.context';
import { convertToComplaint } from './convert-to-complaint';
import { previewSubmission, submitFeedback } from './submit-feedback';
import { ConvertToComplaintArgs, SubmissionCheck, SubmitFeedbackArgs, SubmitFeedbackResult } from './submission.types';

@Resolver()
export class SubmissionResolver {
  @Mutation(() => SubmitFeedbackResult, { description: 'A complaint, comment, compliment or service request from any channel' })
  submitFeedback(@Args(() => SubmitFeedbackArgs) { input }: SubmitFeedbackArgs, @Ctx() ctx: IntakeContext): Promise<SubmitFeedbackResult> {
    return submitFeedback(input, { em: ctx.em, schema: ctx.schema, staff: ctx.auth.staff, now: ctx.now() });
  }

  @Query(() => SubmissionCheck, {
    description: 'What submitFeedback would answer, with the same checks, storing nothing and taking no reference',
  })
  previewSubmission(@Args(() => SubmitFeedbackArgs) { input }: SubmitFeedbackArgs, @Ctx() ctx: IntakeContext): SubmissionCheck {
    return previewSubmission(input, { staff: ctx.auth.staff, now: ctx.now() });
  }

  @Mutation(() => SubmitFeedbackResult, {
    description: 'Staff: raise a service request as a complaint where there is evidence of repeated or systemic failure',
  })
  convertToComplaint(
    @Args(() => ConvertToComplaintArgs) { reference, reason }: ConvertToComplaintArgs,
    @Ctx() ctx: IntakeContext,
  ): Promise<SubmitFeedbackResult> {
    return convertToComplaint(ctx.em, ctx.schema, ctx.auth, reference, reason, ctx.now());
  }
}
