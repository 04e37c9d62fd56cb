import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { DeliveryMethod, MessageKind } from '@redress/policy';
import { UuidOf } from '@redress/platform';

@ObjectType('MessagePreview', {
  description: 'What the customer would receive if you acted now: rendered with the council template from the case as it is',
})
export class MessagePreviewView {
  @Field(() => MessageKind) kind!: MessageKind;
  @Field(() => DeliveryMethod, { description: 'How it would go: by email, or by letter' }) method!: DeliveryMethod;
  @Field(() => String, { nullable: true, description: 'The email address, or the name on the letter' }) recipient!: string | null;
  @Field(() => String) subject!: string;
  @Field(() => String, { description: 'Plain text, as the email would carry it; what the action gives is in square brackets' })
  body!: string;
}

@ArgsType()
export class PreviewMessageArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
  @Field(() => MessageKind) kind!: MessageKind;
}
