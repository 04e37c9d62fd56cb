import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '@redress/policy';

@ObjectType('StaffMember')
export class StaffMemberView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => [Role]) roles!: Role[];
  @Field(() => [String]) serviceAreas!: string[];
  @Field(() => ID, { nullable: true }) managerId!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
}
