import { Channel, FeedbackKind, IntakeOutcome, MessageKind } from '../enums';
import type { IntakeMessageFacts } from './intake-message';
import { intakeMessageKind } from './intake-message';

const facts = (over: Partial<IntakeMessageFacts> = {}): IntakeMessageFacts => ({
  outcome: IntakeOutcome.ACCEPTED,
  kind: FeedbackKind.COMPLAINT,
  channel: Channel.WEB_FORM,
  someoneToWriteTo: true,
  ...over,
});

describe('the message intake owes for a contact', () => {
  it('gives a web-form or email complaint its receipt at once', () => {
    expect(intakeMessageKind(facts())).toBe(MessageKind.RECEIPT);
    expect(intakeMessageKind(facts({ channel: Channel.EMAIL }))).toBe(MessageKind.RECEIPT);
  });

  it('gives a receipt for a service request, a comment and a reply asking for what is missing', () => {
    for (const outcome of [
      IntakeOutcome.ROUTED_TO_SERVICE,
      IntakeOutcome.NEEDS_CONSENT,
      IntakeOutcome.NEEDS_JUSTIFICATION,
      IntakeOutcome.NEEDS_LOCAL_AREA,
    ])
      expect(intakeMessageKind(facts({ outcome }))).toBe(MessageKind.RECEIPT);
    expect(intakeMessageKind(facts({ outcome: IntakeOutcome.RECORDED, kind: FeedbackKind.COMMENT }))).toBe(MessageKind.RECEIPT);
  });

  it('thanks a compliment', () => {
    expect(intakeMessageKind(facts({ outcome: IntakeOutcome.RECORDED, kind: FeedbackKind.COMPLIMENT }))).toBe(
      MessageKind.COMPLIMENT_THANKS,
    );
  });

  it('tells a referral and a complaint not accepted in writing, however the contact came', () => {
    expect(intakeMessageKind(facts({ outcome: IntakeOutcome.REFERRED, channel: Channel.TELEPHONE }))).toBe(MessageKind.REFERRAL);
    expect(intakeMessageKind(facts({ outcome: IntakeOutcome.NOT_ACCEPTED, channel: Channel.LETTER }))).toBe(MessageKind.NOT_ACCEPTED);
    expect(intakeMessageKind(facts({ outcome: IntakeOutcome.NOT_ACCEPTED }))).toBe(MessageKind.NOT_ACCEPTED);
  });

  it('owes no receipt for a contact staff recorded by telephone, letter or in person', () => {
    for (const channel of [Channel.TELEPHONE, Channel.LETTER, Channel.IN_PERSON, Channel.COUNCILLOR])
      expect(intakeMessageKind(facts({ channel }))).toBeNull();
    expect(
      intakeMessageKind(facts({ channel: Channel.TELEPHONE, outcome: IntakeOutcome.RECORDED, kind: FeedbackKind.COMPLIMENT })),
    ).toBeNull();
  });

  it('owes nothing to an anonymous contact: there is nobody to write to', () => {
    expect(intakeMessageKind(facts({ someoneToWriteTo: false }))).toBeNull();
    expect(intakeMessageKind(facts({ someoneToWriteTo: false, outcome: IntakeOutcome.NOT_ACCEPTED }))).toBeNull();
  });
});
