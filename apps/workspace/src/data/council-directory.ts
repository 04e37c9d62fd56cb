import type { StaffGateway } from '../auth/staff-context';
import { COUNCIL, STAFF_DIRECTORY } from './operations';
import type { StaffMember, WorkspaceCouncil } from './operations';

/**
 * The council's published details (service areas, local areas, stages): public data that changes with a new policy
 * only, kept for a few minutes per process so that every page does not ask for it again.
 */
const COUNCIL_TTL_MS = 5 * 60_000;
const councils = new Map<string, { at: number; council: Promise<WorkspaceCouncil> }>();

export function councilOf(gateway: StaffGateway, id: string, now: number = Date.now()): Promise<WorkspaceCouncil> {
  const known = councils.get(id);
  if (known && now - known.at < COUNCIL_TTL_MS) return known.council;
  const council = gateway.request(COUNCIL, { id }).then(({ council: c }) => {
    if (!c) throw new Error(`the gateway does not know the council "${id}"`);
    return c;
  });
  councils.set(id, { at: now, council });
  council.catch(() => councils.delete(id));
  return council;
}

/** The council's staff directory, as the signed-in person may read it (asked for each page: it is not shared). */
export async function directoryOf(gateway: StaffGateway, councilId: string): Promise<StaffMember[]> {
  return (await gateway.request(STAFF_DIRECTORY, { councilId })).staff;
}

/** A service area's name from its code ("waste" → "Waste collection"). */
export const serviceAreaName = (council: WorkspaceCouncil, code: string): string =>
  council.serviceAreas.find((a) => a.code === code)?.name ?? code;
