import { randomUUID } from 'node:crypto';
import { AdjustmentKind, AlertKind, Channel, ComplainantType, ContactDirection, ContactPreference, Role } from '@redress/policy';
import type { ComplainantRecord } from '@redress/contracts';
import type { StaffIdentity } from '@redress/platform';
import { caseworkTestbed } from '../testing/casework-testbed';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { openCase } from '../cases/open-case';
import { Case, CaseEvent } from '../cases/case.entity';
import { runCaseCommand } from '../cases/case-command';
import { recordContact } from '../cases/record-contact';
import { assignCase } from '../cases/assign-case';
import { StaffAlert } from '../alerts/staff-alert.entity';
import { Complainant } from './complainant.entity';
import { ContactRestriction } from './contact-restriction.entity';
import { liftContactRestriction, restrictContact } from './restrict-contact';
import type { RestrictionInput } from './restrict-contact';
import { recordReasonableAdjustment, setContactPreference } from './adjustments';
import { adjustmentsOf, isRestricted } from './person-loader';
import { sweepReviews } from './review-sweep';

jest.setTimeout(60_000);

const bed = caseworkTestbed('restrictions-adjustments');
const who = (sub: string, name: string, role: Role): StaffIdentity => ({ sub, name, roles: [role], council: 'hart' });
const head = who('hart-head-of-service', 'Tom Briggs', Role.HEAD_OF_SERVICE);
const headOfPlace = who('hart-head-of-place', 'Helen Marsh', Role.HEAD_OF_SERVICE);
const coordinator = who('hart-coordinator', 'Priya Shah', Role.COMPLAINTS_COORDINATOR);
const amy = who('hart-officer', 'Amy Clarke', Role.OFFICER);
const hannah = who('hart-licensing-officer', 'Hannah Moore', Role.OFFICER);
const ben = who('hart-contact-centre', 'Ben Okafor', Role.CONTACT_CENTRE);

const ctx = bed.contextAt;

/** A Hart waste complaint (Tom Briggs heads waste), handled by Amy Clarke unless told otherwise. */
async function openWasteCase(person: Partial<ComplainantRecord> = {}, assigneeId: string | null = 'hart-officer') {
  const job = newCaseOpenJob('2026-11-23T10:00:00Z', {
    serviceArea: 'waste',
    complainant: {
      type: ComplainantType.RESIDENT,
      name: 'Pat Doe',
      email: `${randomUUID()}@example.org`,
      phone: '01252 000000',
      postalAddress: null,
      ...person,
    },
  });
  const c = await openCase(bed.orm.em.fork(), job, new Date('2026-11-23T10:00:00Z'));
  if (assigneeId) await bed.orm.em.fork().nativeUpdate(Case, { id: c.id }, { assigneeId });
  const stored = await bed.orm.em.fork().findOneOrFail(Case, { id: c.id });
  return { caseId: c.id, reference: c.reference, complainantId: stored.complainant!.id };
}

const terms = (over: Partial<RestrictionInput> = {}): RestrictionInput => ({
  reason: 'you have made abusive telephone calls to our staff',
  restrictions: 'Telephone calls to the council',
  allowedMethods: [ContactPreference.EMAIL],
  singlePointOfContactId: 'hart-officer',
  reviewOn: '2027-03-01',
  endsOn: '2027-06-01',
  ...over,
});
const timeline = (caseId: string) => bed.orm.em.fork().find(CaseEvent, { case: caseId }, { orderBy: { seq: 'asc' } });
const alertsFor = (recipientId: string, kind: AlertKind) =>
  bed.orm.em.fork().find(StaffAlert, { recipientId, kind }, { orderBy: { createdAt: 'asc' } });

describe('a contact restriction, done properly (Hart s.10; Hampshire)', () => {
  it('writes the letter (why, what, how long) on the open case, flags the person while in force, is lifted with a reason', async () => {
    const { caseId, reference, complainantId } = await openWasteCase();
    const r = await restrictContact(ctx('2026-12-01T10:00:00Z', head), { complainantId, ...terms() });
    expect(r).toMatchObject({ allowedMethods: ['EMAIL'], endsOn: '2027-06-01', liftedAt: null });
    expect(r.letter).toContain('because you have made abusive telephone calls to our staff.');
    const events = await timeline(caseId);
    expect(events.find((e) => e.type === 'CONTACT_RESTRICTED')).toMatchObject({ actor: 'Tom Briggs' });
    const letter = events.find((e) => e.type === 'MESSAGE_TO_CUSTOMER' && e.detail?.includes('restrict your contact'));
    expect(letter?.detail).toMatch(new RegExp(`^To Pat Doe by email .+: Your reference: ${reference}\\. We have decided to restrict`));
    expect(letter?.detail).toContain('What we are restricting: Telephone calls to the council.');
    expect(letter?.detail).toContain(
      'We will still contact you by email, and Amy Clarke (amy.clarke@hart.gov.uk) is your single point of contact.',
    );
    expect(letter?.detail).toContain('It applies until Tuesday 1 June 2027, and we will review it by Monday 1 March 2027.');
    expect(await isRestricted(ctx('2026-12-01T10:00:00Z', amy), complainantId)).toBe(true);
    // Past its last day it is no longer in force, with nothing done.
    expect(await isRestricted(ctx('2027-06-02T10:00:00Z', amy), complainantId)).toBe(false);

    const lifted = await liftContactRestriction(ctx('2026-12-10T10:00:00Z', coordinator), r.id, 'Behaviour has improved');
    expect(lifted).toMatchObject({ liftReason: 'Behaviour has improved', liftedBy: 'hart-coordinator' });
    expect(await isRestricted(ctx('2026-12-10T11:00:00Z', amy), complainantId)).toBe(false);
    expect((await timeline(caseId)).at(-1)).toMatchObject({
      type: 'CONTACT_RESTRICTION_LIFTED',
      detail: 'Contact restriction lifted (Telephone calls to the council): Behaviour has improved',
    });
    await expect(liftContactRestriction(ctx('2026-12-11T10:00:00Z', coordinator), r.id, 'Again')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'This restriction was already lifted on Thursday 10 December 2026.',
    });
  });

  it('is decided by the Head of Service of one of their cases, or the coordinator, never an officer; refused: no change', async () => {
    const { complainantId } = await openWasteCase();
    await expect(restrictContact(ctx('2026-12-01T10:00:00Z', headOfPlace), { complainantId, ...terms() })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: "Only the case's handler, the Head of Service for waste or the complaints coordinator can restrict contact.",
    });
    await expect(restrictContact(ctx('2026-12-01T10:00:00Z', amy), { complainantId, ...terms() })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only head of service or complaints coordinator can restrict contact at Stage 1.',
    });
    expect(await bed.orm.em.fork().count(ContactRestriction, { complainantId })).toBe(0);
  });

  it('validates its terms: exactly one of complainantId and person, dates, a written method, a real single point of contact', async () => {
    const { complainantId } = await openWasteCase();
    const at = ctx('2026-12-01T10:00:00Z', coordinator);
    const person = { type: ComplainantType.RESIDENT, name: 'Sam Roe' };
    await expect(restrictContact(at, { complainantId, person, ...terms() })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.complainantId',
    });
    await expect(restrictContact(at, terms())).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.complainantId' });
    await expect(restrictContact(at, { complainantId, ...terms({ reviewOn: '2027-07-01' }) })).rejects.toMatchObject({
      field: 'input.reviewOn',
      message: 'reviewOn (2027-07-01) is after endsOn (2027-06-01): a restriction is reviewed before it ends.',
    });
    await expect(restrictContact(at, { complainantId, ...terms({ allowedMethods: [ContactPreference.TELEPHONE] }) })).rejects.toMatchObject(
      {
        field: 'input.allowedMethods',
      },
    );
    await expect(restrictContact(at, { complainantId, ...terms({ singlePointOfContactId: 'hampshire-officer' }) })).rejects.toMatchObject({
      field: 'input.singlePointOfContactId',
    });
    await expect(restrictContact(at, { complainantId: randomUUID(), ...terms() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Without allowedMethods the council keeps every method (the restriction limits something else).
    expect((await restrictContact(at, { complainantId, ...terms({ allowedMethods: null, endsOn: null }) })).allowedMethods).toEqual([
      'EMAIL',
      'LETTER',
      'TELEPHONE',
    ]);
  });

  it('applies to someone with no complaint yet: a complainant record is made, the letter kept on the restriction', async () => {
    const email = `${randomUUID()}@example.org`;
    const person = { type: ComplainantType.RESIDENT, name: 'Sam Roe', email, adjustments: 'Large print, please' };
    await expect(restrictContact(ctx('2026-12-01T10:00:00Z', amy), { person, ...terms() })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only complaints coordinator or head of service can restrict contact for someone with no case.',
    });
    const r = await restrictContact(ctx('2026-12-01T10:00:00Z', headOfPlace), { person, ...terms() });
    const made = await bed.orm.em.fork().findOneOrFail(Complainant, { id: r.complainantId });
    expect(made).toMatchObject({ name: 'Sam Roe', email, councilId: 'hart' });
    expect(r.letter).toMatch(/^We have decided to restrict your contact with Hart District Council because/);
    expect((await adjustmentsOf(ctx('2026-12-01T10:00:00Z', amy), made.id)).map((a) => [a.kind, a.need])).toEqual([
      ['OTHER', 'Large print, please'],
    ]);
    // Their first complaint opens flagged, naming the single point of contact.
    const c = await openWasteCase({ email, name: 'Sam Roe' });
    expect(c.complainantId).toBe(made.id);
    expect((await bed.orm.em.fork().findOneOrFail(Case, { id: c.caseId })).flags).toContain('CONTACT_RESTRICTED');
    expect((await timeline(c.caseId)).find((e) => e.type === 'CONTACT_RESTRICTION_APPLIES')?.detail).toBe(
      'The complainant is under a contact restriction (Telephone calls to the council): their single point of contact is hart-officer',
    );
    // The same email again finds the same person rather than making another.
    const again = await restrictContact(ctx('2026-12-02T10:00:00Z', coordinator), { person: { ...person, name: 'S. Roe' }, ...terms() });
    expect(again.complainantId).toBe(made.id);
  });

  it('flags a contact that breaks it, and records it all the same', async () => {
    const { caseId, complainantId } = await openWasteCase();
    await restrictContact(ctx('2026-12-01T10:00:00Z', head), { complainantId, ...terms() });
    const call = { direction: ContactDirection.INBOUND, channel: Channel.TELEPHONE, summary: 'Rang to shout at reception' };
    const before = await runCaseCommand(ctx('2026-12-02T10:00:00Z', ben), caseId, 'RECORD_CONTACT', (s) =>
      recordContact(s, { ...call, at: new Date('2026-11-30T10:00:00Z') }),
    );
    expect(before.timeline.some((e) => e.type === 'CONTACT_OUTSIDE_RESTRICTION')).toBe(false);
    const view = await runCaseCommand(ctx('2026-12-02T10:00:00Z', ben), caseId, 'RECORD_CONTACT', (s) => recordContact(s, call));
    expect(view.timeline.slice(-2)).toMatchObject([
      {
        type: 'CONTACT_OUTSIDE_RESTRICTION',
        detail: expect.stringMatching(
          /^Contact outside the restriction: the customer contacted us by telephone; the restriction allows email only\./,
        ),
      },
      { type: 'CONTACT_RECORDED', detail: 'From the customer by telephone: Rang to shout at reception' },
    ]);
    const email = await runCaseCommand(ctx('2026-12-02T11:00:00Z', ben), caseId, 'RECORD_CONTACT', (s) =>
      recordContact(s, { ...call, channel: Channel.EMAIL, summary: 'Emailed for news' }),
    );
    expect(email.timeline.at(-2)?.type).not.toBe('CONTACT_OUTSIDE_RESTRICTION');
  });

  it('alerts the single point of contact on the review date, once', async () => {
    const { complainantId, reference } = await openWasteCase();
    const r = await restrictContact(ctx('2026-12-01T10:00:00Z', head), {
      complainantId,
      ...terms({ singlePointOfContactId: 'hart-licensing-officer', reviewOn: '2026-12-20' }),
    });
    await sweepReviews(bed.orm.em.fork(), new Date('2026-12-19T12:00:00Z'));
    expect((await alertsFor('hart-licensing-officer', AlertKind.RESTRICTION_REVIEW)).map((a) => a.message)).not.toContain(
      expect.stringContaining('Pat Doe'),
    );
    await sweepReviews(bed.orm.em.fork(), new Date('2026-12-20T00:30:00Z'));
    await sweepReviews(bed.orm.em.fork(), new Date('2026-12-21T09:00:00Z'));
    const alerts = (await alertsFor('hart-licensing-officer', AlertKind.RESTRICTION_REVIEW)).filter((a) => a.dedupeKey.includes(r.id));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      councilId: 'hart',
      message:
        'Review the contact restriction on Pat Doe (Telephone calls to the council), due for review on Sunday 20 December 2026: ' +
        'decide whether it is still needed, and lift it if it is not.',
    });
    expect(reference).toMatch(/^HDC-/);
  });
});

describe('reasonable adjustments and the contact preference (Code s.5; Equality Act 2010)', () => {
  it('keeps what was asked at intake: the words as an OTHER adjustment, the preference', async () => {
    const { complainantId } = await openWasteCase({
      adjustments: 'Please write in large print',
      contactPreference: ContactPreference.LETTER,
    });
    const person = await bed.orm.em.fork().findOneOrFail(Complainant, { id: complainantId });
    expect(person.contactPreference).toBe('LETTER');
    expect((await adjustmentsOf(ctx('2026-12-01T10:00:00Z', amy), complainantId)).map((a) => [a.kind, a.need, a.reviewOn])).toEqual([
      ['OTHER', 'Please write in large print', null],
    ]);
  });

  it('is recorded by the handler, the contact centre, a manager, never another officer; reviewed on its date', async () => {
    const { caseId, complainantId } = await openWasteCase();
    const large = { complainantId, kind: AdjustmentKind.LARGE_PRINT, need: '16 point, partially sighted', reviewOn: '2027-01-04' };
    await expect(recordReasonableAdjustment(ctx('2026-12-01T10:00:00Z', hannah), large)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: "Only the case's handler, the Head of Service for waste or the complaints coordinator can record a reasonable adjustment.",
    });
    await expect(recordReasonableAdjustment(ctx('2026-12-01T10:00:00Z', amy), { ...large, reviewOn: '2026-12-01' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reviewOn',
    });
    await recordReasonableAdjustment(ctx('2026-12-01T10:00:00Z', amy), large);
    await recordReasonableAdjustment(ctx('2026-12-01T11:00:00Z', ben), {
      complainantId,
      kind: AdjustmentKind.EXTRA_TIME,
      need: 'Needs a week to reply',
    });
    expect((await adjustmentsOf(ctx('2026-12-01T12:00:00Z', amy), complainantId)).map((a) => a.kind)).toEqual([
      'LARGE_PRINT',
      'EXTRA_TIME',
    ]);
    expect((await timeline(caseId)).filter((e) => e.type === 'ADJUSTMENT_RECORDED').map((e) => e.detail)).toEqual([
      'Reasonable adjustment recorded: large print (16 point, partially sighted); review on 2027-01-04',
      'Reasonable adjustment recorded: extra time (Needs a week to reply)',
    ]);

    await sweepReviews(bed.orm.em.fork(), new Date('2027-01-04T09:00:00Z'));
    await sweepReviews(bed.orm.em.fork(), new Date('2027-01-05T09:00:00Z'));
    const alerts = (await alertsFor('hart-officer', AlertKind.ADJUSTMENT_REVIEW)).filter((a) => a.caseId === caseId);
    expect(alerts.map((a) => a.message)).toEqual([
      'Review the reasonable adjustment for Pat Doe (large print: 16 point, partially sighted), due for review on Monday 4 January 2027: ' +
        'check it still meets their needs and record a new one if it has changed.',
    ]);
  });

  it('goes to the complaints coordinator for review when no one handles the person’s cases', async () => {
    const { complainantId } = await openWasteCase({}, null);
    await recordReasonableAdjustment(ctx('2026-12-01T10:00:00Z', ben), {
      complainantId,
      kind: AdjustmentKind.BRAILLE,
      need: 'Braille letters',
      reviewOn: '2027-02-01',
    });
    await sweepReviews(bed.orm.em.fork(), new Date('2027-02-01T09:00:00Z'));
    expect(
      (await alertsFor('hart-coordinator', AlertKind.ADJUSTMENT_REVIEW)).some((a) => a.message.includes('(braille: Braille letters)')),
    ).toBe(true);
  });

  it('a telephone preference asks the handler to phone, and the next handler when the case is reassigned', async () => {
    const { caseId, reference, complainantId } = await openWasteCase();
    await setContactPreference(ctx('2026-12-01T10:00:00Z', amy), complainantId, ContactPreference.TELEPHONE);
    await setContactPreference(ctx('2026-12-01T10:05:00Z', amy), complainantId, ContactPreference.TELEPHONE);
    const message =
      `${reference}: Pat Doe asks to be contacted by telephone (01252 000000). Phone them about their complaint; ` +
      'the written response is still sent.';
    expect((await alertsFor('hart-officer', AlertKind.ADJUSTMENT_REVIEW)).filter((a) => a.caseId === caseId).map((a) => a.message)).toEqual(
      [message],
    );
    await runCaseCommand(
      ctx('2026-12-02T10:00:00Z', coordinator),
      caseId,
      { action: 'ASSIGN', assigneeId: 'hart-licensing-officer' },
      (s) => assignCase(s, 'hart-licensing-officer'),
    );
    expect((await alertsFor('hart-licensing-officer', AlertKind.ADJUSTMENT_REVIEW)).filter((a) => a.caseId === caseId)).toHaveLength(1);
    await expect(setContactPreference(ctx('2026-12-03T10:00:00Z', amy), complainantId, ContactPreference.EMAIL)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
