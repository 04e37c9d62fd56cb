import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IntakeContext } from '../intake.context';
import { submitFeedback } from './submit-feedback';
import { SubmitFeedbackInput, SubmitFeedbackResult } from './submission.types';

@Resolver()
export class SubmissionResolver {
  @Mutation(() => SubmitFeedbackResult, { description: 'A complaint, comment, compliment or service request from any channel' })
  submitFeedback(@Arg('input', () => SubmitFeedbackInput) input: SubmitFeedbackInput, @Ctx() ctx: IntakeContext): Promise<SubmitFeedbackResult> {
    return submitFeedback(input, { em: ctx.em, schema: ctx.schema, staff: ctx.auth.staff, now: ctx.now() });
  }
}
