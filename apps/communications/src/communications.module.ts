import { registerContractEnums } from '@redress/platform';
import type { ServiceModule, SubgraphDefinition } from '@redress/platform';
import { COMMUNICATIONS_ACCESS } from './communications.access';
import { communicationsSchema, createCommunicationsOrm } from './communications.orm';
import { CaseMessagesResolver, ResendMessageResolver, caseMessagesReference } from './messages/message.resolver';
import { CaseMessagesRef } from './messages/message.types';

export const communicationsModule: ServiceModule = {
  service: 'communications',
  schema: communicationsSchema,
  createOrm: createCommunicationsOrm,
};

export function communicationsSubgraph(): SubgraphDefinition {
  registerContractEnums();
  return {
    resolvers: [CaseMessagesResolver, ResendMessageResolver],
    orphanedTypes: [CaseMessagesRef],
    referenceResolvers: caseMessagesReference,
    access: COMMUNICATIONS_ACCESS,
  };
}
