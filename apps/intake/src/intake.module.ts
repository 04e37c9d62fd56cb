import { registerContractEnums } from '@redress/platform';
import type { ServiceModule, SubgraphDefinition } from '@redress/platform';
import { CouncilResolver, councilReference } from './councils/council.resolver';
import { FeedbackResolver } from './feedback/feedback.resolver';
import { EscalationResolver } from './escalations/escalation.resolver';
import { INTAKE_ACCESS } from './intake.access';
import { createIntakeOrm, intakeSchema } from './intake.orm';
import { SubmissionResolver } from './submissions/submission.resolver';
import { CaseTrackingResolver } from './tracking/case-tracking.resolver';
import { SubjectAccessResolver } from './data-protection/subject-access.resolver';
import { subjectAccessReference } from './data-protection/subject-access.reference';

export const intakeModule: ServiceModule = { service: 'intake', schema: intakeSchema, createOrm: createIntakeOrm };

export function intakeSubgraph(): SubgraphDefinition {
  registerContractEnums();
  return {
    resolvers: [CouncilResolver, SubmissionResolver, FeedbackResolver, CaseTrackingResolver, EscalationResolver, SubjectAccessResolver],
    referenceResolvers: { ...councilReference, ...subjectAccessReference },
    access: INTAKE_ACCESS,
  };
}
