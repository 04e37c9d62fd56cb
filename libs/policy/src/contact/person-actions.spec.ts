import { CodedError } from '../coded-error';
import { CaseStatus, Role } from '../enums';
import { HART_POLICY } from '../policies/hart.policy';
import type { CaseActor, CaseSnapshot } from '../cases/case-machine';
import { CaseAction } from '../cases/case-machine';
import { openCase } from '../cases/case-snapshot.fixture';
import { PERSON_WITHOUT_CASE_ROLES, assertPersonAction, checkPersonAction } from './person-actions';

const NOW = new Date('2026-11-20T10:00:00Z');
const state = (over: Partial<CaseSnapshot> = {}): CaseSnapshot => openCase({ assigneeId: 'amy', ...over });
const amy: CaseActor = { id: 'amy', roles: [Role.OFFICER], serviceAreas: ['waste'] };
const raj: CaseActor = { id: 'raj', roles: [Role.OFFICER], serviceAreas: ['planning'] };
const wasteHead: CaseActor = { id: 'tom', roles: [Role.HEAD_OF_SERVICE], serviceAreas: ['waste'] };
const planningHead: CaseActor = { id: 'helen', roles: [Role.HEAD_OF_SERVICE], serviceAreas: ['planning'] };
const coordinator: CaseActor = { id: 'priya', roles: [Role.COMPLAINTS_COORDINATOR] };
const contactCentre: CaseActor = { id: 'ben', roles: [Role.CONTACT_CENTRE] };
const admin: CaseActor = { id: 'root', roles: [Role.ADMIN] };
const analyst: CaseActor = { id: 'ann', roles: [Role.ANALYST] };
const { RESTRICT_CONTACT, RECORD_ADJUSTMENT } = CaseAction;

const check = (action: typeof RESTRICT_CONTACT | typeof RECORD_ADJUSTMENT, actor: CaseActor, cases: CaseSnapshot[]) =>
  checkPersonAction({ policy: HART_POLICY, action, actor, now: NOW, cases });

describe('checkPersonAction: the case machine on any of the person’s cases, else by role', () => {
  it.each<[string, typeof RESTRICT_CONTACT | typeof RECORD_ADJUSTMENT, CaseActor, CaseSnapshot[], RegExp | null]>([
    ['the Head of Service of the area restricts', RESTRICT_CONTACT, wasteHead, [state()], null],
    ['the coordinator restricts', RESTRICT_CONTACT, coordinator, [state({ status: CaseStatus.CLOSED })], null],
    [
      'another Head of Service may not',
      RESTRICT_CONTACT,
      planningHead,
      [state()],
      /^Only the case's handler, the Head of Service for waste or the complaints coordinator can restrict contact\.$/,
    ],
    ['a Head of Service of one of two cases may', RESTRICT_CONTACT, planningHead, [state(), state({ serviceArea: 'planning' })], null],
    [
      'an officer may not restrict, even their own case',
      RESTRICT_CONTACT,
      amy,
      [state()],
      /^Only head of service or complaints coordinator can restrict contact/,
    ],
    ['the handler records an adjustment', RECORD_ADJUSTMENT, amy, [state()], null],
    [
      'an officer who is not the handler may not',
      RECORD_ADJUSTMENT,
      raj,
      [state()],
      /^Only the case's handler, the Head of Service for waste or the complaints coordinator can record a reasonable adjustment\.$/,
    ],
    ['the contact centre records one on any case', RECORD_ADJUSTMENT, contactCentre, [state({ assigneeId: null })], null],
    // Someone with no case at all: by role.
    ['the coordinator restricts someone with no case', RESTRICT_CONTACT, coordinator, [], null],
    ['any Head of Service restricts someone with no case', RESTRICT_CONTACT, planningHead, [], null],
    ['ADMIN restricts someone with no case', RESTRICT_CONTACT, admin, [], null],
    [
      'an officer may not',
      RESTRICT_CONTACT,
      amy,
      [],
      /^Only complaints coordinator or head of service can restrict contact for someone with no case\.$/,
    ],
    ['the contact centre records an adjustment for someone with no case', RECORD_ADJUSTMENT, contactCentre, [], null],
    ['an analyst may not', RECORD_ADJUSTMENT, analyst, [], /^Only contact centre or complaints coordinator or head of service can record/],
  ])('%s', (_label, action, actor, cases, refusal) => {
    const result = check(action, actor, cases);
    if (!refusal) return expect(result).toEqual({ allowed: true });
    expect(result).toEqual({ allowed: false, code: 'FORBIDDEN', reason: expect.stringMatching(refusal) });
  });

  it('lists who acts on someone with no case', () => {
    expect(PERSON_WITHOUT_CASE_ROLES).toEqual({
      RESTRICT_CONTACT: [Role.COMPLAINTS_COORDINATOR, Role.HEAD_OF_SERVICE],
      RECORD_ADJUSTMENT: [Role.CONTACT_CENTRE, Role.COMPLAINTS_COORDINATOR, Role.HEAD_OF_SERVICE],
    });
  });

  it('assertPersonAction throws the refusal as a CodedError, and passes what is allowed', () => {
    expect(() =>
      assertPersonAction({ policy: HART_POLICY, action: RECORD_ADJUSTMENT, actor: amy, now: NOW, cases: [state()] }),
    ).not.toThrow();
    expect(() => assertPersonAction({ policy: HART_POLICY, action: RECORD_ADJUSTMENT, actor: raj, now: NOW, cases: [state()] })).toThrow(
      new CodedError(
        'FORBIDDEN',
        "Only the case's handler, the Head of Service for waste or the complaints coordinator can record a reasonable adjustment.",
      ),
    );
  });
});
