import { Role, findCouncilPolicy } from '@redress/policy';
import { createLogger } from '@redress/platform';
import { isolate } from '@redress/platform/testing';
import type { MikroORM } from '@redress/platform';
import { createCaseworkOrm } from '../casework.orm';
import { seedStaff } from './seed-staff';
import { StaffMember } from './staff-member.entity';

jest.setTimeout(60_000);

// The demo directory as casework stores it, checked against the councils' policies (not against the seed file).
const isolation = isolate('staff-directory');
let orm: MikroORM;

beforeAll(async () => {
  orm = await createCaseworkOrm(isolation.config('casework'), createLogger('test', 'silent'));
});
afterAll(async () => {
  await orm?.close();
  await isolation.cleanup();
});

const DOMAIN: Record<string, string> = { hart: 'hart.gov.uk', hampshire: 'hants.gov.uk' };
const directoryOf = (councilId: string) => orm.em.fork().find(StaffMember, { councilId }, { orderBy: { id: 'asc' } });
const withRole = (staff: StaffMember[], role: Role) => staff.filter((s) => s.roles.includes(role));
/** The services the council provides itself: a case can be opened for these (the others are referred). */
const ownServiceAreas = (councilId: string) =>
  findCouncilPolicy(councilId)!
    .serviceAreas.filter((a) => !a.referral)
    .map((a) => a.code);

describe('the seeded staff directory', () => {
  it('brings rows seeded before up to date, and seeding again changes nothing', async () => {
    // As the demo database had them: Tom Briggs heading everything, nobody with an email.
    const em = orm.em.fork();
    await em.nativeUpdate(StaffMember, { id: 'hart-head-of-service' }, { serviceAreas: ownServiceAreas('hart'), email: null });
    await em.nativeUpdate(StaffMember, { id: 'hart-contact-centre' }, { managerId: 'hart-head-of-service', email: null });
    const before = await orm.em.fork().count(StaffMember, {});
    await seedStaff(orm.em.fork());
    await seedStaff(orm.em.fork());
    expect(await orm.em.fork().count(StaffMember, {})).toBe(before);
    const tom = await orm.em.fork().findOneOrFail(StaffMember, { id: 'hart-head-of-service' });
    expect(tom.email).toBe('tom.briggs@hart.gov.uk');
    expect(tom.serviceAreas).not.toContain('planning');
    expect((await orm.em.fork().findOneOrFail(StaffMember, { id: 'hart-contact-centre' })).email).toBe('ben.okafor@hart.gov.uk');
  });

  it('keeps the people the tests and the README name', async () => {
    const kept = await orm.em.fork().find(StaffMember, {});
    const byId = new Map(kept.map((s) => [s.id, s]));
    for (const [id, name, role] of [
      ['hart-officer', 'Amy Clarke', Role.OFFICER],
      ['hart-head-of-service', 'Tom Briggs', Role.HEAD_OF_SERVICE],
      ['hart-coordinator', 'Priya Shah', Role.COMPLAINTS_COORDINATOR],
      ['hart-contact-centre', 'Ben Okafor', Role.CONTACT_CENTRE],
      ['hart-analyst', 'Dana Lee', Role.ANALYST],
      ['hampshire-officer', 'Sara Khan', Role.OFFICER],
      ['hampshire-head-of-service', 'Owen Price', Role.HEAD_OF_SERVICE],
      ['hampshire-coordinator', 'Grace Hill', Role.COMPLAINTS_COORDINATOR],
      ['hampshire-contact-centre', 'Liam Ward', Role.CONTACT_CENTRE],
      ['hampshire-analyst', 'Mei Chen', Role.ANALYST],
    ] as const)
      expect(byId.get(id)).toMatchObject({ name, roles: [role] });
    // The areas the journeys use: Amy works in waste (not planning); the Heads of Service head waste and highways.
    expect(byId.get('hart-officer')!.serviceAreas).toEqual(expect.arrayContaining(['waste']));
    expect(byId.get('hart-officer')!.serviceAreas).not.toContain('planning');
    expect(byId.get('hart-head-of-service')!.serviceAreas).toContain('waste');
    expect(byId.get('hampshire-officer')!.serviceAreas).toEqual(expect.arrayContaining(['highways', 'countryside']));
    expect(byId.get('hampshire-head-of-service')!.serviceAreas).toContain('highways');
  });

  describe.each(['hart', 'hampshire'])('%s', (councilId) => {
    let staff: StaffMember[];
    const own = ownServiceAreas(councilId);
    beforeAll(async () => {
      staff = await directoryOf(councilId);
    });

    it('has at least three officers, each working in service areas of the policy', () => {
      const officers = withRole(staff, Role.OFFICER);
      expect(officers.length).toBeGreaterThanOrEqual(3);
      for (const o of officers) {
        expect(o.serviceAreas.length).toBeGreaterThan(0);
        expect(o.serviceAreas.filter((a) => !own.includes(a))).toEqual([]);
      }
    });

    it('gives every service area of the policy one Head of Service and at least one officer', () => {
      const heads = withRole(staff, Role.HEAD_OF_SERVICE);
      expect(heads.length).toBeGreaterThanOrEqual(2);
      for (const h of heads) expect(h.serviceAreas.filter((a) => !own.includes(a))).toEqual([]);
      const headedBy = Object.fromEntries(own.map((a) => [a, heads.filter((h) => h.serviceAreas.includes(a)).map((h) => h.id)]));
      // One each: an escalation to Stage 2 goes to the Head of Service for the area.
      expect(Object.entries(headedBy).filter(([, ids]) => ids.length !== 1)).toEqual([]);
      const officers = withRole(staff, Role.OFFICER);
      expect(own.filter((a) => !officers.some((o) => o.serviceAreas.includes(a)))).toEqual([]);
    });

    it('has the coordinator, two contact-centre agents, an analyst and the Member Responsible for Complaints', () => {
      expect(withRole(staff, Role.COMPLAINTS_COORDINATOR)).toHaveLength(1);
      expect(withRole(staff, Role.CONTACT_CENTRE)).toHaveLength(2);
      expect(withRole(staff, Role.ANALYST).length).toBeGreaterThanOrEqual(1);
      expect(withRole(staff, Role.MEMBER)).toHaveLength(1);
    });

    it("gives everyone an email of the council's own, each a different one", () => {
      expect(
        staff.filter((s) => !new RegExp(`^[a-z]+(\\.[a-z]+)+@${DOMAIN[councilId].replace(/\./g, '\\.')}$`).test(s.email ?? '')),
      ).toEqual([]);
      expect(new Set(staff.map((s) => s.email)).size).toBe(staff.length);
    });

    it('names a manager for everyone but the coordinator and the councillor: officers their Head of Service, Heads the coordinator', () => {
      const byId = new Map(staff.map((s) => [s.id, s]));
      const [coordinator] = withRole(staff, Role.COMPLAINTS_COORDINATOR);
      for (const s of staff) {
        const top = s.roles.includes(Role.COMPLAINTS_COORDINATOR) || s.roles.includes(Role.MEMBER);
        if (top) continue;
        expect({ id: s.id, manager: s.managerId && byId.has(s.managerId) }).toEqual({ id: s.id, manager: true });
      }
      for (const o of withRole(staff, Role.OFFICER)) {
        const manager = byId.get(o.managerId!)!;
        expect({ officer: o.id, managerIsHead: manager.roles.includes(Role.HEAD_OF_SERVICE) }).toEqual({
          officer: o.id,
          managerIsHead: true,
        });
        expect({ officer: o.id, outside: o.serviceAreas.filter((a) => !manager.serviceAreas.includes(a)) }).toEqual({
          officer: o.id,
          outside: [],
        });
      }
      for (const h of withRole(staff, Role.HEAD_OF_SERVICE))
        expect({ head: h.id, manager: h.managerId }).toEqual({ head: h.id, manager: coordinator.id });
    });
  });
});
