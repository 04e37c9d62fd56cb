import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Intake owns Council; casework only refers to it by key. */
@ObjectType('Council')
@Directive('@key(fields: "id", resolvable: false)')
export class CouncilRef {
  @Field(() => ID) id!: string;
}
