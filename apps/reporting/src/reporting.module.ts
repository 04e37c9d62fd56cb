import { registerContractEnums } from '@redress/platform';
import type { ServiceModule, SubgraphDefinition } from '@redress/platform';
import { createReportingOrm, reportingSchema } from './reporting.orm';
import { StatisticsResolver } from './statistics/statistics.resolver';
import { REPORTING_ACCESS } from './reporting.access';
import { AnnualReportResolver } from './reports/annual-report.resolver';

export const reportingModule: ServiceModule = { service: 'reporting', schema: reportingSchema, createOrm: createReportingOrm };

export function reportingSubgraph(): SubgraphDefinition {
  registerContractEnums();
  return { resolvers: [StatisticsResolver, AnnualReportResolver], access: REPORTING_ACCESS };
}
