import { registerContractEnums } from '@redress/platform';
import type { ServiceModule, SubgraphDefinition } from '@redress/platform';
import { CaseMutationsResolver } from './cases/case-mutations.resolver';
import { ComplainantResolver } from './complainants/complainant.resolver';
import { CaseRemediesResolver, RemedyActionResolver } from './remedies/remedy-action.resolver';
import { CaseResolver, caseReference } from './cases/case.resolver';
import { StaffAlertResolver } from './alerts/staff-alert.resolver';
import { MessagePreviewResolver } from './messages/message-preview.resolver';
import { caseworkSchema, createCaseworkOrm } from './casework.orm';
import { CASEWORK_ACCESS } from './casework.access';
import { SubjectAccessCasesView, subjectAccessReference } from './data-protection/subject-access';

export const caseworkModule: ServiceModule = { service: 'casework', schema: caseworkSchema, createOrm: createCaseworkOrm };

export function caseworkSubgraph(): SubgraphDefinition {
  registerContractEnums();
  return {
    resolvers: [
      CaseResolver,
      CaseMutationsResolver,
      ComplainantResolver,
      CaseRemediesResolver,
      RemedyActionResolver,
      StaffAlertResolver,
      MessagePreviewResolver,
    ],
    orphanedTypes: [SubjectAccessCasesView],
    referenceResolvers: { ...caseReference, ...subjectAccessReference },
    access: CASEWORK_ACCESS,
  };
}
