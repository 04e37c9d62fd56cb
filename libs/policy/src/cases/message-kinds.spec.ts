import { ContactPreference, DeliveryMethod, MessageKind } from '../enums';
import type { CustomerMessageKind } from './customer-messages';
import { allowedMethodsFor, deliveryFailedAlertMessage, messageKindOf, messageKindWords, messageOutcomeLine } from './customer-messages';

describe('the contract name of each message the policy core writes', () => {
  it.each<[CustomerMessageKind, MessageKind]>([
    ['ACKNOWLEDGED', MessageKind.ACKNOWLEDGEMENT],
    ['EXTENDED', MessageKind.EXTENSION],
    ['HELD', MessageKind.HOLD],
    ['RESPONDED', MessageKind.RESPONSE],
    ['ESCALATION_RECEIVED', MessageKind.ESCALATION_RECEIVED],
    ['ESCALATION_REFUSED', MessageKind.ESCALATION_REFUSED],
    ['LATE_DECISION', MessageKind.LATE_DECISION],
    ['CONTACT_RESTRICTION', MessageKind.CONTACT_RESTRICTION],
    ['DELAY', MessageKind.DELAY],
    ['RESUMED', MessageKind.RESUMED],
    ['PROGRESS_UPDATE', MessageKind.PROGRESS_UPDATE],
  ])('%s is rendered as %s', (kind, expected) => {
    expect(messageKindOf(kind)).toBe(expected);
  });

  it('names every kind in words staff use', () => {
    for (const kind of Object.values(MessageKind)) expect(messageKindWords(kind)).toMatch(/^[a-z][a-z -]+$/);
    expect(messageKindWords(MessageKind.NOT_ACCEPTED)).toBe('notice that the complaint is not accepted');
  });
});

describe('which methods a contact restriction leaves for a message', () => {
  const restriction = { allowedMethods: [ContactPreference.EMAIL] };

  it('limits what goes to the person restricted', () => {
    expect(allowedMethodsFor('COMPLAINANT', restriction)).toEqual([ContactPreference.EMAIL]);
  });

  it('does not limit letters to someone acting for them, nor anyone without a restriction', () => {
    expect(allowedMethodsFor('REPRESENTATIVE', restriction)).toBeNull();
    expect(allowedMethodsFor('COMPLAINANT', null)).toBeNull();
    expect(allowedMethodsFor('COMPLAINANT', undefined)).toBeNull();
  });
});

describe('what communications did with a message, on the case timeline', () => {
  const sent = { kind: MessageKind.ACKNOWLEDGEMENT, status: 'SENT' as const, method: DeliveryMethod.EMAIL, recipient: 'jo@example.org' };

  it('says a message was sent, how, to whom and what it was', () => {
    expect(messageOutcomeLine({ ...sent, subject: 'We have received your complaint HDC-2026-000042' })).toEqual({
      type: 'MESSAGE_SENT',
      detail: 'Sent by email to jo@example.org: We have received your complaint HDC-2026-000042',
    });
    expect(messageOutcomeLine({ ...sent, method: DeliveryMethod.LETTER, recipient: 'Jo Bloggs' }).detail).toBe(
      'Sent by letter to Jo Bloggs: acknowledgement',
    );
    expect(messageOutcomeLine({ ...sent, recipient: null, subject: '  ' }).detail).toBe('Sent by email: acknowledgement');
  });

  it('says a message was not sent, and why', () => {
    expect(messageOutcomeLine({ ...sent, status: 'SUPPRESSED', method: null, recipient: null, reason: 'anonymous complaint' })).toEqual({
      type: 'MESSAGE_SUPPRESSED',
      detail: 'Not sent: acknowledgement. Anonymous complaint.',
    });
    expect(messageOutcomeLine({ ...sent, status: 'SUPPRESSED', reason: null }).detail).toBe(
      'Not sent: acknowledgement. Suppressed by communications.',
    );
  });

  it("says a message could not be delivered, with the server's reason", () => {
    expect(messageOutcomeLine({ ...sent, status: 'FAILED', reason: '550 mailbox unavailable' })).toEqual({
      type: 'MESSAGE_FAILED',
      detail: 'Could not be delivered by email to jo@example.org: acknowledgement. 550 mailbox unavailable.',
    });
    expect(messageOutcomeLine({ ...sent, status: 'FAILED' }).detail).toMatch(/acknowledgement\. No reason given\.$/);
  });

  it('tells the handler what failed and what to do', () => {
    expect(deliveryFailedAlertMessage('HDC-2026-000042', { ...sent, status: 'FAILED', reason: '550 mailbox unavailable' })).toBe(
      'HDC-2026-000042: the acknowledgement could not be delivered by email to jo@example.org. 550 mailbox unavailable. ' +
        'Check the contact details and send it again, or contact them another way.',
    );
    expect(deliveryFailedAlertMessage('HDC-2026-000042', { ...sent, status: 'FAILED' })).toContain('No reason given.');
  });
});
