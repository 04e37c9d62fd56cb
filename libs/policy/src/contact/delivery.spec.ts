import { ContactPreference, DeliveryMethod, MessageKind } from '../enums';
import { chooseDelivery } from './delivery';
import type { DeliveryRecipient } from './delivery';

const jo = (over: Partial<DeliveryRecipient> = {}): DeliveryRecipient => ({
  role: 'COMPLAINANT',
  name: 'Jo Bloggs',
  email: 'jo@example.org',
  postalAddress: '1 High Street, Fleet GU51 1AA',
  contactPreference: null,
  ...over,
});
const { EMAIL, LETTER, TELEPHONE } = ContactPreference;

describe('how a message goes (chooseDelivery)', () => {
  it('goes by email to the address they gave, with no preference or a telephone one', () => {
    for (const contactPreference of [null, EMAIL, TELEPHONE])
      expect(chooseDelivery(MessageKind.ACKNOWLEDGEMENT, jo({ contactPreference }), null)).toEqual({
        method: DeliveryMethod.EMAIL,
        recipient: 'jo@example.org',
        postalAddress: null,
      });
  });

  it('goes by letter when they asked for letters, or have no email address', () => {
    const letter = { method: DeliveryMethod.LETTER, recipient: 'Jo Bloggs', postalAddress: '1 High Street, Fleet GU51 1AA' };
    expect(chooseDelivery(MessageKind.ACKNOWLEDGEMENT, jo({ contactPreference: LETTER }), null)).toEqual(letter);
    expect(chooseDelivery(MessageKind.ACKNOWLEDGEMENT, jo({ email: '  ' }), null)).toEqual(letter);
  });

  it('asked for letters but gave no address: by email rather than not at all', () => {
    expect(chooseDelivery(MessageKind.RECEIPT, jo({ contactPreference: LETTER, postalAddress: null }), null).method).toBe(EMAIL);
  });

  it('nobody to write to (anonymous), or nowhere to write: suppressed, saying why', () => {
    expect(chooseDelivery(MessageKind.RECEIPT, null, null)).toEqual({
      method: null,
      recipient: null,
      postalAddress: null,
      suppressed: 'anonymous: nobody to write to',
    });
    expect(chooseDelivery(MessageKind.RECEIPT, jo({ email: null, postalAddress: null, role: 'REPRESENTATIVE' }), null)).toMatchObject({
      method: null,
      recipient: 'Jo Bloggs',
      suppressed: 'we hold no email address or postal address for the representative: there is nowhere to send it',
    });
  });

  it('a restriction allowing letters only: a letter, never an email', () => {
    expect(chooseDelivery(MessageKind.PROGRESS_UPDATE, jo(), [LETTER]).method).toBe(LETTER);
    expect(chooseDelivery(MessageKind.PROGRESS_UPDATE, jo({ contactPreference: LETTER }), [EMAIL, TELEPHONE]).method).toBe(EMAIL);
  });

  it('a restriction leaving no way they can be reached: suppressed with the reason', () => {
    expect(chooseDelivery(MessageKind.PROGRESS_UPDATE, jo({ postalAddress: null }), [LETTER])).toMatchObject({
      method: null,
      suppressed:
        'the contact restriction in force allows letter only, and we hold no postal address for the complainant: not sent by email',
    });
    expect(chooseDelivery(MessageKind.HOLD, jo({ postalAddress: null }), [TELEPHONE])).toMatchObject({
      suppressed: 'the contact restriction in force allows telephone only: not sent by email',
    });
  });

  it('a response is never held back by a restriction (restrictionAllows): it goes by the way they can be reached', () => {
    expect(chooseDelivery(MessageKind.RESPONSE, jo({ postalAddress: null }), [LETTER]).method).toBe(EMAIL);
    // …but still by the restriction's own method when it can.
    expect(chooseDelivery(MessageKind.RESPONSE, jo(), [LETTER]).method).toBe(LETTER);
  });
});
