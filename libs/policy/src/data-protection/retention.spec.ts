import { CaseStatus } from '../enums';
import { anonymiseFrom, erasureDecision, isPastRetention, retentionCutoff } from './retention';

describe('retention schedule', () => {
  it.each([
    // last activity (UTC), months, anonymise from (UTC instant of the London midnight)
    ['2020-11-30T15:00:00Z', 72, '2026-11-30T00:00:00.000Z'],
    ['2026-08-31T10:00:00Z', 6, '2027-02-28T00:00:00.000Z'],
    ['2023-02-28T12:00:00Z', 12, '2024-02-28T00:00:00.000Z'],
    // 23:30 UTC on 30 June is already 1 July in London (BST): counted from 1 July.
    ['2026-06-30T23:30:00Z', 1, '2026-07-31T23:00:00.000Z'],
    ['2026-03-15T09:00:00Z', 0, '2026-03-15T00:00:00.000Z'],
  ])('activity at %s kept %i months is anonymised from %s', (last, months, from) => {
    expect(anonymiseFrom(new Date(last), months).toISOString()).toBe(from);
  });

  it('is past retention from that instant, not a moment before', () => {
    const last = new Date('2026-08-31T10:00:00Z');
    expect(isPastRetention(last, 6, new Date('2027-02-27T23:59:59.999Z'))).toBe(false);
    expect(isPastRetention(last, 6, new Date('2027-02-28T00:00:00.000Z'))).toBe(true);
  });
});

describe('the cut-off for the sweep', () => {
  it.each([
    ['2027-02-28T12:00:00Z', 6, '2026-08-31T23:00:00.000Z'], // 29, 30 and 31 August all reach 28 February (1 September starts at 00:00 BST)
    ['2027-03-01T12:00:00Z', 6, '2026-09-01T23:00:00.000Z'],
    ['2026-11-30T12:00:00Z', 72, '2020-12-01T00:00:00.000Z'],
    ['2026-07-01T00:30:00+01:00', 0, '2026-07-01T23:00:00.000Z'], // London midnight in summer time
  ])('at %s with %i months, activity before %s is past retention', (now, months, cutoff) => {
    expect(retentionCutoff(months, new Date(now)).toISOString()).toBe(cutoff);
  });

  it('agrees with isPastRetention for every hour of a year of activity, at every day-end of a leap year', () => {
    for (const months of [1, 6, 12]) {
      for (const now of ['2028-02-29T23:00:00Z', '2028-03-31T22:59:00Z', '2028-10-29T01:30:00Z', '2029-01-31T12:00:00Z'].map(
        (d) => new Date(d),
      )) {
        const cutoff = retentionCutoff(months, now).getTime();
        for (let t = now.getTime() - 400 * 86_400_000; t < now.getTime(); t += 3_600_000) {
          if (t < cutoff !== isPastRetention(new Date(t), months, now))
            throw new Error(`disagree at ${new Date(t).toISOString()} for ${months} months at ${now.toISOString()}`);
        }
      }
    }
  });
});

describe('erasure on request', () => {
  it('allows it when every case is closed, or there is none', () => {
    expect(erasureDecision([])).toEqual({ allowed: true });
    expect(erasureDecision([{ reference: 'HDC-2026-000001', status: CaseStatus.CLOSED }])).toEqual({ allowed: true });
  });

  it('refuses while a case is being dealt with, naming it', () => {
    expect(
      erasureDecision([
        { reference: 'HDC-2026-000001', status: CaseStatus.CLOSED },
        { reference: 'HDC-2026-000002', status: CaseStatus.RESPONDED },
      ]),
    ).toEqual({
      allowed: false,
      references: ['HDC-2026-000002'],
      reason:
        'The personal data cannot be erased yet: HDC-2026-000002 is still being dealt with, and ' +
        'the council needs the record to do so. Ask again once it is closed.',
    });
  });

  it('refuses while the Ombudsman has a case, and lists every reason', () => {
    const d = erasureDecision([
      { reference: 'HCC-2026-000001', status: CaseStatus.OPEN },
      { reference: 'HCC-2026-000002', status: CaseStatus.ON_HOLD },
      { reference: 'HCC-2026-000003', status: CaseStatus.WITH_OMBUDSMAN },
    ]);
    expect(d).toEqual({
      allowed: false,
      references: ['HCC-2026-000001', 'HCC-2026-000002', 'HCC-2026-000003'],
      reason:
        'The personal data cannot be erased yet: HCC-2026-000001, HCC-2026-000002 are still being dealt ' +
        'with, and the council needs the record to do so; HCC-2026-000003 is with the Ombudsman, who ' +
        "may ask for the council's records. Ask again once they are closed.",
    });
    expect(
      erasureDecision([
        { reference: 'A', status: CaseStatus.WITH_OMBUDSMAN },
        { reference: 'B', status: CaseStatus.WITH_OMBUDSMAN },
      ]),
    ).toMatchObject({ reason: expect.stringContaining('A, B are with the Ombudsman') });
    expect(erasureDecision([{ reference: 'HCC-2026-000003', status: CaseStatus.WITH_OMBUDSMAN }])).toMatchObject({
      allowed: false,
      reason: expect.stringMatching(/HCC-2026-000003 is with the Ombudsman.*once it is closed\.$/),
    });
  });
});
