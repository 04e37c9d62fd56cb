import { ANNUAL_REPORT_EDITORS, FIGURES_READERS } from '@redress/policy';
import { staffWith } from '@redress/platform';
import type { AccessRules } from '@redress/platform';

const figures = staffWith(FIGURES_READERS, { councilArg: 'councilId' });
const annualReportEditors = staffWith(ANNUAL_REPORT_EDITORS, { councilArg: 'councilId' });

/** Reporting's authorization, in one place: aggregates of the caller's own council, nothing else. */
export const REPORTING_ACCESS: AccessRules = {
  'Query.statistics': figures,
  'Query.slaCompliance': figures,
  'Query.trend': figures,
  'Query.quarterlyReport': figures,
  'Query.annualReport': figures,
  // The report's own words: the complaints coordinator (ADMIN holds every role).
  'Mutation.recordSelfAssessment': annualReportEditors,
  'Mutation.updateAnnualReport': annualReportEditors,
};
