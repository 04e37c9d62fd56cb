import { DEV_JWT_SECRET, signDevToken } from '@redress/platform';
import { STAFF_SEED } from '@redress/casework';

/**
 * Development tokens for seeded staff (apps/casework/src/staff/staff.seed.ts), with their names, roles and council as
 * `npm run token` gives them: the people a newcomer signs in as. An id that is not seeded is a mistake in the test.
 */
export async function seededStaffTokens(ids: readonly string[]): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  for (const id of ids) {
    const s = STAFF_SEED.find((member) => member.id === id);
    if (!s) throw new Error(`${id} is not a seeded member of staff`);
    tokens[id] = await signDevToken({ sub: s.id, name: s.name, roles: s.roles, council: s.council }, DEV_JWT_SECRET);
  }
  return tokens;
}
