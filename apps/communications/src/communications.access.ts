import { CASE_HANDLERS } from '@redress/policy';
import { staffWith } from '@redress/platform';
import type { AccessRules } from '@redress/platform';

const handlers = staffWith(CASE_HANDLERS);

/**
 * Communications' authorization, in one place. Messages are personal data (addresses, what was said): case handlers
 * only, and only their own council's (checked where the messages are loaded: another council's reads as none).
 */
export const COMMUNICATIONS_ACCESS: AccessRules = {
  'Case.__resolveReference': handlers,
  'Case.messages': handlers,
  'Mutation.resendMessage': handlers,
};
