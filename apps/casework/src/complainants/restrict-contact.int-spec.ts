import { Role } from '@redress/policy';
import type { StaffIdentity } from '@redress/platform';
import { caseworkTestbed } from '../testing/casework-testbed';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { openCase } from '../cases/open-case';
import { Case } from '../cases/case.entity';
import { restrictContact } from './restrict-contact';

jest.setTimeout(60_000);

const bed = caseworkTestbed('restrict-contact');
const coordinator: StaffIdentity = { sub: 'hart-coordinator', name: 'Priya Shah', roles: [Role.COMPLAINTS_COORDINATOR], council: 'hart' };
const ctx = (now: string) => bed.contextAt(now, coordinator);

async function complainant(): Promise<string> {
  const c = await openCase(bed.orm.em.fork(), newCaseOpenJob('2026-07-01T09:00:00Z'), new Date('2026-07-01T09:00:00Z'));
  return (await bed.orm.em.fork().findOneOrFail(Case, { id: c.id })).complainant!.id;
}
const input = (complainantId: string, reviewOn: string) => ({
  complainantId,
  reason: 'Abusive calls',
  restrictions: 'Email only',
  singlePointOfContactId: 'hart-officer',
  reviewOn,
});

describe("a contact restriction's review date is a future London date (British Summer Time)", () => {
  it('refuses the London date of today at 00:30 BST on 15 July 2026 (still 14 July in UTC)', async () => {
    const id = await complainant();
    await expect(restrictContact(ctx('2026-07-14T23:30:00Z'), input(id, '2026-07-15'))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reviewOn',
    });
    expect((await restrictContact(ctx('2026-07-14T23:30:00Z'), input(id, '2026-07-16'))).reviewOn).toBe('2026-07-16');
  });

  it('accepts 15 July at 23:30 BST on 14 July (22:30Z), when it is still tomorrow in London', async () => {
    const id = await complainant();
    expect((await restrictContact(ctx('2026-07-14T22:30:00Z'), input(id, '2026-07-15'))).reviewOn).toBe('2026-07-15');
  });
});
