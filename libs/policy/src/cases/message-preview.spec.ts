import { ClockStart, DeliveryMethod, MessageKind, Outcome, Remedy } from '../enums';
import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import { HART_POLICY } from '../policies/hart.policy';
import type { CouncilPolicy } from '../policies/policy.types';
import { customerMessage, customerMessageKindOf, messageKindOf } from './customer-messages';
import type { CustomerMessageKind } from './customer-messages';
import type { PreviewStage } from './message-preview';
import { previewCustomerMessage, previewDelivery, previewableKind } from './message-preview';

// Stage 1 of a Hart complaint received Tuesday 17 November 2026: acknowledge by Friday 20, reply by Tuesday 1 December.
const stage1: PreviewStage = {
  number: 1,
  name: 'Stage 1',
  openedAt: new Date('2026-11-17T10:00:00Z'),
  acknowledgedAt: null,
  respondedAt: null,
  extensionWorkingDays: 0,
  workingDaysOnHold: 0,
  acknowledgeBy: '2026-11-20',
  respondBy: '2026-12-01',
  expectedResponseBy: null,
  outcome: null,
  findings: null,
  remedies: [],
};
const wednesday = new Date('2026-11-18T11:00:00Z');
const preview = (kind: CustomerMessageKind, over: Partial<PreviewStage> = {}, policy: CouncilPolicy = HART_POLICY, now = wednesday) =>
  previewCustomerMessage({ kind, policy, reference: 'HDC-2026-000042', stage: { ...stage1, ...over }, now });

describe('a message previewed before the action that sends it', () => {
  it('an acknowledgement is exactly what acknowledging now sends, with the target date in words', () => {
    const p = preview('ACKNOWLEDGED');
    expect(p.text).toBe(
      'Your reference: HDC-2026-000042. We have received your complaint under Stage 1 and will reply by Tuesday 1 December 2026.',
    );
    expect(p.actionFields).toEqual([]);
    expect(p.stage).toEqual(stage1);
  });

  it('recounts a response clock that runs from acknowledgement as if acknowledged now', () => {
    const fromAck: CouncilPolicy = {
      ...HART_POLICY,
      stages: HART_POLICY.stages.map((s) => ({ ...s, responseClockFrom: ClockStart.ACKNOWLEDGEMENT })),
    };
    // Counted from acknowledgeBy (Friday 20) before: Friday 4 December; acknowledged on Wednesday 18: Wednesday 2 December.
    const p = preview('ACKNOWLEDGED', { respondBy: '2026-12-04' }, fromAck);
    expect(p.stage.respondBy).toBe('2026-12-02');
    expect(p.text).toContain('will reply by Wednesday 2 December 2026');
    // Already acknowledged, or answered: the date stands.
    expect(preview('ACKNOWLEDGED', { respondBy: '2026-12-04', acknowledgedAt: wednesday }, fromAck).stage.respondBy).toBe('2026-12-04');
    expect(preview('ACKNOWLEDGED', { respondBy: '2026-12-04', respondedAt: wednesday }, fromAck).stage.respondBy).toBe('2026-12-04');
  });

  it('a drafted response is what signing it off sends today; an undrafted one marks the decision still to come', () => {
    const drafted = preview('RESPONDED', { outcome: Outcome.UPHELD, findings: 'The bin was missed.', remedies: [Remedy.APOLOGY] });
    expect(drafted.text).toBe(
      customerMessage({
        kind: 'RESPONDED',
        policy: HART_POLICY,
        reference: 'HDC-2026-000042',
        stage: 1,
        respondBy: '2026-12-01',
        outcome: Outcome.UPHELD,
        findings: 'The bin was missed.',
        remedies: [Remedy.APOLOGY],
      }),
    );
    expect(drafted.stage.respondedAt).toEqual(wednesday);
    const issued = new Date('2026-11-30T09:00:00Z');
    expect(preview('RESPONDED', { outcome: Outcome.UPHELD, respondedAt: issued }).stage.respondedAt).toEqual(issued);
    expect(preview('RESPONDED').text).toBe(
      'Your reference: HDC-2026-000042. Our response under Stage 1: [your decision, the reasons for it and what we will do to ' +
        'put things right]. If you remain dissatisfied you can ask for Stage 2, quoting your reference.',
    );
  });

  it('a progress update is dated today: late once the date given has passed', () => {
    expect(preview('PROGRESS_UPDATE', {}, HAMPSHIRE_POLICY).text).toMatch(/expect to reply by Tuesday 1 December 2026\. We will write/);
    expect(preview('PROGRESS_UPDATE', {}, HART_POLICY, new Date('2026-12-03T10:00:00Z')).text).toContain('our reply is later than');
  });

  it('an escalation received opens the next stage today, with its own dates; nothing follows the final stage', () => {
    const monday = new Date('2026-12-07T10:00:00Z');
    const p = preview('ESCALATION_RECEIVED', { respondedAt: wednesday, outcome: Outcome.NOT_UPHELD }, HART_POLICY, monday);
    expect(p.stage).toMatchObject({ number: 2, name: 'Stage 2', openedAt: monday, acknowledgeBy: '2026-12-10', respondBy: '2027-01-07' });
    expect(p.stage).toMatchObject({ outcome: null, respondedAt: null, remedies: [] });
    expect(p.text).toBe(
      'Your reference: HDC-2026-000042. We have received your request for Stage 2. ' +
        'We will acknowledge it within 3 working days and reply by Thursday 7 January 2027.',
    );
    expect(p.actionFields).toEqual(['handlerName']);
    expect(() => preview('ESCALATION_RECEIVED', { number: 3, name: 'Stage 3' }, HAMPSHIRE_POLICY)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('Stage 3 is the final stage') }),
    );
  });

  it.each<[CustomerMessageKind, RegExp, string[]]>([
    ['HELD', /paused work on your complaint \(\[the reason for the pause\]\)\. We will tell you/, ['reason']],
    ['ESCALATION_REFUSED', /from Stage 1: \[why the request cannot go ahead\]$/, ['reason']],
    [
      'EXTENDED',
      /\(\[the reason you give\]\)\. We will now reply by \[the new date, with the extension you agree\]\.$/,
      ['reason', 'respondBy'],
    ],
    [
      'RESUMED',
      /under Stage 1\. We will now reply by \[the new date, moved on by the working days on hold\]\.$/,
      ['respondBy', 'expectedResponseBy'],
    ],
    [
      'DELAY',
      /later than Tuesday 1 December 2026, the date we gave you\. \[The reason you give\.\] We now expect to reply by \[the new date you give\]\.$/,
      ['reason', 'expectedResponseBy'],
    ],
    [
      'LATE_DECISION',
      /6 months .* We have decided \[to consider it under Stage 1, or not to investigate it\]\. \[The reason you give\.\]$/,
      ['reason', 'accepted'],
    ],
    ['CONTACT_RESTRICTION', /^Your reference: HDC-2026-000042\. \[The restriction letter: why we are restricting contact/, ['reason']],
  ])('%s marks in square brackets what the action gives, and leaves out its merge fields', (kind, text, fields) => {
    const p = preview(kind);
    expect(p.text).toMatch(text);
    expect(p.actionFields).toEqual(fields);
  });
});

describe('which messages can be previewed on a case', () => {
  it('every message casework writes, by its contract name', () => {
    for (const kind of [MessageKind.ACKNOWLEDGEMENT, MessageKind.RESPONSE, MessageKind.ESCALATION_RECEIVED, MessageKind.HOLD])
      expect(messageKindOf(previewableKind(kind))).toBe(kind);
    expect(customerMessageKindOf(MessageKind.ESCALATION_RECEIVED)).toBe('ESCALATION_RECEIVED');
    expect(customerMessageKindOf(MessageKind.RECEIPT)).toBeNull();
  });

  it('not what intake writes when a contact arrives, nor a kind that does not exist: the input at fault is named', () => {
    expect(() => previewableKind(MessageKind.RECEIPT)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'kind',
        message: expect.stringMatching(
          /^The receipt is written when a contact arrives.*You can preview: acknowledgement, .*escalation acknowledgement/,
        ),
      }),
    );
    expect(() => previewableKind('SMOKE_SIGNAL' as MessageKind)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'kind',
        message: expect.stringMatching(/^There is no message of kind "SMOKE_SIGNAL"\./),
      }),
    );
  });
});

describe('how a previewed message would go', () => {
  it('by the method chosen, to the address or the name on the letter', () => {
    expect(previewDelivery({ method: DeliveryMethod.EMAIL, recipient: 'jo@example.org', postalAddress: null })).toEqual({
      method: DeliveryMethod.EMAIL,
      recipient: 'jo@example.org',
    });
    expect(previewDelivery({ method: DeliveryMethod.LETTER, recipient: 'Jo Bloggs', postalAddress: '1 High Street' })).toEqual({
      method: DeliveryMethod.LETTER,
      recipient: 'Jo Bloggs',
    });
  });

  it('nothing is previewed that would never be sent: the reason instead', () => {
    expect(() =>
      previewDelivery({ method: null, recipient: null, postalAddress: null, suppressed: 'anonymous: nobody to write to' }),
    ).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: 'Nothing is sent for an anonymous complaint: there is no one to write to.' }),
    );
    expect(() =>
      previewDelivery({
        method: null,
        recipient: 'Jo Bloggs',
        postalAddress: null,
        suppressed: 'we hold no email address or postal address',
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'CONFLICT',
        message: 'Nothing would be sent to Jo Bloggs: we hold no email address or postal address.',
      }),
    );
  });
});
