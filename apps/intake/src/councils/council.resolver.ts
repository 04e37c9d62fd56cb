import { Args, Query, Resolver } from 'type-graphql';
import { COUNCIL_POLICIES, findCouncilPolicy } from '@redress/policy';
import { toCouncil } from './council.mapper';
import { Council, CouncilArgs } from './council.types';

@Resolver(() => Council)
export class CouncilResolver {
  @Query(() => [Council], { description: 'Every council on the platform, with its published complaints policy' })
  councils(): Council[] {
    return COUNCIL_POLICIES.map(toCouncil);
  }

  @Query(() => Council, { nullable: true })
  council(@Args(() => CouncilArgs) { id }: CouncilArgs): Council | null {
    const policy = findCouncilPolicy(id);
    return policy ? toCouncil(policy) : null;
  }
}

/** Federation: other subgraphs hold `Council { id }` stubs. */
export const councilReference = {
  Council: {
    __resolveReference(ref: { id: string }): Council | null {
      const policy = findCouncilPolicy(ref.id);
      return policy ? toCouncil(policy) : null;
    },
  },
};
