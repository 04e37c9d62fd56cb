import { MESSAGE_FIELD_NAMES, MESSAGE_FIELD_TYPES, messageFields } from './message-fields';

describe('merge fields from a job', () => {
  it('keeps the known fields of the right type and drops the rest', () => {
    expect(
      messageFields({
        summary: 'Bins missed',
        desiredOutcome: '   ',
        handlerName: 42,
        respondBy: '2027-01-05',
        acknowledgeBy: '5 January 2027',
        remedies: ['APOLOGY', ' ', 'A new bin'],
        accepted: false,
        outcome: null,
        findings: { text: 'no' },
        praised: ['the crew'],
        somethingElse: 'ignored',
      }),
    ).toEqual({ summary: 'Bins missed', respondBy: '2027-01-05', remedies: ['APOLOGY', 'A new bin'], accepted: false });
    expect(messageFields({ remedies: ['A', 3], accepted: 'yes' })).toEqual({});
    expect(messageFields(null)).toEqual({});
    expect(messageFields(undefined)).toEqual({});
  });

  it('lists every field with its type', () => {
    expect(MESSAGE_FIELD_NAMES).toHaveLength(Object.keys(MESSAGE_FIELD_TYPES).length);
    expect(MESSAGE_FIELD_NAMES.filter((n) => MESSAGE_FIELD_TYPES[n] === 'date')).toEqual([
      'acknowledgeBy',
      'respondBy',
      'expectedResponseBy',
      'remedyDueOn',
    ]);
  });
});
