import { ArgsType, Directive, Field, ID, ObjectType } from 'type-graphql';
import { DeliveryMethod, DeliveryStatus, MessageKind } from '@redress/policy';
import { UuidOf } from '@redress/platform';
import type { Message } from './message.entity';

@ObjectType('CaseMessage', {
  description: 'A message owed to the complainant (or their representative): what was sent to whom, and what became of it',
})
export class CaseMessageView {
  @Field(() => ID) id!: string;
  @Field(() => MessageKind) kind!: MessageKind;
  @Field(() => DeliveryMethod, { nullable: true, description: 'null when SUPPRESSED before a method was chosen' })
  method!: DeliveryMethod | null;
  @Field(() => String, { nullable: true, description: 'The email address, or the name on the letter; null when there is no one' })
  recipient!: string | null;
  @Field(() => String) subject!: string;
  @Field(() => String, { description: 'Plain text, as sent' }) body!: string;
  @Field(() => DeliveryStatus) status!: DeliveryStatus;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it failed or was suppressed' }) failure!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'LETTER: the PDF as sent, base64 (case handlers; null for an email, a letter not yet printed, or once anonymised)',
  })
  letterPdf!: string | null;
}

/** Casework owns Case; communications adds the messages of a case, found by its reference (a receipt comes before any case). */
@ObjectType('Case')
@Directive('@key(fields: "reference")')
export class CaseMessagesRef {
  @Field(() => String) reference!: string;
}

@ArgsType()
export class ResendMessageArgs {
  @Field(() => ID) @UuidOf('message') messageId!: string;
}

/** The letter's PDF when it was loaded (a lazy property: `populate: ['letterPdf']`), else null. */
const letterPdfOf = (m: Message): string | null =>
  m.method === DeliveryMethod.LETTER && Buffer.isBuffer(m.letterPdf) ? m.letterPdf.toString('base64') : null;

export const toCaseMessage = (m: Message): CaseMessageView => ({
  id: m.id,
  kind: m.kind,
  method: m.method,
  recipient: m.recipient,
  subject: m.subject,
  body: m.body,
  status: m.status,
  createdAt: m.createdAt,
  sentAt: m.sentAt,
  failure: m.failure,
  letterPdf: letterPdfOf(m),
});
