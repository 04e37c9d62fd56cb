import { endOfLondonDay } from '../calendar/london-time';
import { CaseStatus } from '../enums';
import type { CaseSnapshot } from './case-machine';

/**
 * For the tests: Stage 1 of a Hart waste complaint received Tuesday 17 November 2026, open, not yet acknowledged, its
 * response due Tuesday 1 December 2026, handled by `assigneeId` (officer-1 unless changed).
 */
export const openCase = (over: Partial<CaseSnapshot>): CaseSnapshot => ({
  status: CaseStatus.OPEN,
  stage: 1,
  serviceArea: 'waste',
  assigneeId: 'officer-1',
  anonymous: false,
  acknowledgedAt: null,
  respondDueAt: endOfLondonDay('2026-12-01'),
  respondedAt: null,
  responseDraftedAt: null,
  extensionWorkingDays: 0,
  statementRequired: false,
  statementAgreedAt: null,
  holdReason: null,
  respondBy: '2026-12-01',
  expectedResponseBy: null,
  lateComplaintPending: false,
  refusedAsLate: false,
  staffInvolved: [],
  earlierHandlers: [],
  remedyActionOwners: [],
  ...over,
});
