import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('StatisticsRow')
export class StatisticsRow {
  @Field(() => String) key!: string;
  @Field(() => Int) received!: number;
  @Field(() => Int) closed!: number;
  @Field(() => Int) upheld!: number;
  @Field(() => Int) partiallyUpheld!: number;
  @Field(() => Int) notUpheld!: number;
  @Field(() => Int) notInvestigated!: number;
  @Field(() => Int) escalated!: number;
  @Field(() => Int) respondedOnTime!: number;
  @Field(() => Int) respondedLate!: number;
  @Field(() => Float, { nullable: true }) averageWorkingDaysToRespond!: number | null;
}
