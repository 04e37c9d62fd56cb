import type { WorkspaceCouncil } from '../data/operations';
import { blankContact, checkContact, contactInput, londonInstant, minutesOf } from './contact-form';

const hart: WorkspaceCouncil = {
  id: 'hart',
  name: 'Hart District Council',
  serviceAreas: [
    { code: 'waste', name: 'Bin collection and recycling', providedBy: null },
    { code: 'highways', name: 'Roads', providedBy: 'Hampshire County Council' },
  ],
  localAreas: [],
  policy: { stages: [] },
};
const hampshire: WorkspaceCouncil = { ...hart, id: 'hampshire', localAreas: [{ code: 'HART', name: 'Hart', councilId: 'hart' }] };

// Wednesday 2 December 2026, 10:30 in London (GMT).
const NOW = new Date('2026-12-02T10:30:00Z');
const call = {
  kind: 'COMPLAINT',
  channel: 'TELEPHONE',
  'receivedAt-day': '2',
  'receivedAt-month': '12',
  'receivedAt-year': '2026',
  receivedTime: '09:05',
  serviceArea: 'waste',
  summary: 'Assisted collection missed',
  details: 'Missed again this week.',
  complainantType: 'RESIDENT',
  name: 'Pat Doe',
  phone: '01252 000000',
  contactPreference: 'TELEPHONE',
};

describe('London wall-clock time as an instant', () => {
  it.each([
    ['2026-12-02', '09:05', '2026-12-02T09:05:00.000Z'], // GMT
    ['2026-06-15', '14:05', '2026-06-15T13:05:00.000Z'], // BST
    ['2026-03-29', '00:30', '2026-03-29T00:30:00.000Z'], // the spring change, before it (01:00 UTC)
    ['2026-03-29', '14:05', '2026-03-29T13:05:00.000Z'], // the spring change, after it
    ['2026-03-29', '23:30', '2026-03-29T22:30:00.000Z'], // late on the spring change day
    ['2026-10-25', '00:30', '2026-10-24T23:30:00.000Z'], // the autumn change, still BST
    ['2026-10-25', '14:05', '2026-10-25T14:05:00.000Z'], // the autumn change, GMT again
    ['2026-10-25', '23:30', '2026-10-25T23:30:00.000Z'],
  ])('%s at %s is %s', (date, time, iso) => {
    expect(londonInstant(date, minutesOf(time)!).toISOString()).toBe(iso);
  });

  it('reads the 24-hour clock only', () => {
    expect(minutesOf('9.05')).toBe(545);
    expect(minutesOf('23:59')).toBe(1439);
    expect(minutesOf('24:00')).toBeNull();
    expect(minutesOf('2pm')).toBeNull();
  });
});

describe('the "Log a contact" form', () => {
  it('starts on a telephone call received today, now, London time', () => {
    expect(blankContact(new Date('2026-06-15T13:05:00Z'))).toMatchObject({
      channel: 'TELEPHONE',
      'receivedAt-day': '15',
      'receivedAt-month': '6',
      'receivedAt-year': '2026',
      receivedTime: '14:05',
    });
  });

  it('a complete call has no problems, and records what was said in the council’s name', () => {
    expect(checkContact(call, hart, NOW)).toEqual([]);
    expect(contactInput(call, 'hart', 'key-1')).toEqual({
      councilId: 'hart',
      kind: 'COMPLAINT',
      channel: 'TELEPHONE',
      serviceArea: 'waste',
      summary: 'Assisted collection missed',
      details: 'Missed again this week.',
      receivedAt: '2026-12-02T09:05:00.000Z',
      idempotencyKey: 'key-1',
      complainant: { type: 'RESIDENT', name: 'Pat Doe', phone: '01252 000000', contactPreference: 'TELEPHONE' },
    });
  });

  it('an empty form names each missing answer, in the order of the page', () => {
    expect(checkContact({}, hart, NOW).map((e) => [e.field, e.message])).toEqual([
      ['kind', 'Select what kind of contact it is'],
      ['channel', 'Select how it was made'],
      ['receivedAt', 'Enter the date it was received'],
      ['serviceArea', 'Select the service it is about'],
      ['summary', 'Enter a short summary'],
      ['details', 'Enter what they told you'],
    ]);
  });

  it('refuses a receipt later than now, and a time that is not a time', () => {
    expect(checkContact({ ...call, receivedTime: '10:31' }, hart, NOW)).toEqual([
      { field: 'receivedTime', message: 'The time it was received must be now or in the past' },
    ]);
    expect(checkContact({ ...call, receivedTime: 'lunchtime' }, hart, NOW).map((e) => e.field)).toEqual(['receivedTime']);
    expect(checkContact({ ...call, 'receivedAt-day': '3' }, hart, NOW)).toEqual([
      { field: 'receivedAt', href: 'receivedAt-day', message: 'The date it was received must be today or in the past' },
    ]);
  });

  it('an anonymous caller gives no contact details; a named one can be reached the way they asked', () => {
    const anonymous = { ...call, name: '', phone: '', contactPreference: '' };
    expect(checkContact(anonymous, hart, NOW)).toEqual([]);
    expect(contactInput(anonymous, 'hart', 'k').complainant).toBeUndefined();
    expect(checkContact({ ...anonymous, phone: '01252 000000' }, hart, NOW).map((e) => e.field)).toEqual(['name']);
    expect(checkContact({ ...call, contactPreference: 'EMAIL' }, hart, NOW)).toEqual([
      { field: 'email', message: 'Enter an email address, or choose another way to contact them' },
    ]);
    expect(checkContact({ ...call, email: 'not an email' }, hart, NOW).map((e) => e.field)).toEqual(['email']);
  });

  it('takes an incident date and a local area only as the council has them', () => {
    const withIncident = { ...call, 'incidentDate-day': '1', 'incidentDate-month': '5', 'incidentDate-year': '2026' };
    expect(contactInput(withIncident, 'hart', 'k').incidentDate).toBe('2026-05-01');
    expect(checkContact({ ...call, 'incidentDate-day': '1' }, hart, NOW).map((e) => e.field)).toEqual(['incidentDate']);
    expect(checkContact({ ...call, localArea: 'HART' }, hampshire, NOW)).toEqual([]);
    expect(checkContact({ ...call, localArea: 'ATLANTIS' }, hampshire, NOW).map((e) => e.field)).toEqual(['localArea']);
  });
});
