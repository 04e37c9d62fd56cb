import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IntakeContext } from '../intake.context';
import { EscalationRequestResult, RequestEscalationInput } from './escalation.types';
import { requestEscalation } from './request-escalation';

@Resolver()
export class EscalationResolver {
  @Mutation(() => EscalationRequestResult, { description: 'Ask for the next stage: the resident with reference and email, or staff' })
  requestEscalation(@Arg('input', () => RequestEscalationInput) input: RequestEscalationInput, @Ctx() ctx: IntakeContext): Promise<EscalationRequestResult> {
    return requestEscalation(ctx.em, input, ctx.auth.staff, ctx.now());
  }
}
