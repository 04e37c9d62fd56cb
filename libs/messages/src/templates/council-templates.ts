import type { CouncilPolicy } from '@redress/policy';
import { defaultMessageTemplate } from './default-template';
import { HAMPSHIRE_MESSAGE_TEMPLATE } from './hampshire.template';
import { HART_MESSAGE_TEMPLATE } from './hart.template';
import type { CouncilMessageTemplate } from './template.types';

/** The councils shipped with templates of their own; any other hosted council gets `defaultMessageTemplate`. */
export const MESSAGE_TEMPLATES: readonly CouncilMessageTemplate[] = [HART_MESSAGE_TEMPLATE, HAMPSHIRE_MESSAGE_TEMPLATE];

/** The council's own template, or the default one built from its policy (a council hosted from a policy file). */
export function messageTemplateFor(policy: CouncilPolicy): CouncilMessageTemplate {
  return MESSAGE_TEMPLATES.find((t) => t.councilId === policy.councilId) ?? defaultMessageTemplate(policy);
}
