import type { RecordedAssessment } from '@redress/policy';
import { operation } from '@redress/web';

/*
 * The report pages' GraphQL operations, written against ../shared/CONTRACT.graphql and the reporting API's fields in
 * the composed supergraph (report-operations.spec.ts checks each against it). Aggregates only: nothing here names a
 * case or a person. `suppressed` lists the counts withheld in the Member's view (given as 0, shown "fewer than 5").
 */

export interface ReportRow {
  key: string;
  received: number;
  compliments: number;
  comments: number;
  serviceRequests: number;
  closed: number;
  upheld: number;
  partiallyUpheld: number;
  notUpheld: number;
  notInvestigated: number;
  escalated: number;
  respondedOnTime: number;
  respondedLate: number;
  averageWorkingDaysToRespond: number | null;
  suppressed: string[];
}

export interface ReportSla {
  acknowledgedOnTime: number;
  acknowledgedLate: number;
  respondedOnTime: number;
  respondedLate: number;
  openOverdue: number;
  onTimeRate: number | null;
}

export interface ReportCount {
  key: string;
  count: number;
  suppressed: string[];
}

/** What the quarterly and the annual report have in common, as the pages read them. */
export interface ReportFigures {
  councilId: string;
  year: number;
  complaints: number;
  compliments: number;
  comments: number;
  serviceRequests: number;
  escalations: number;
  ombudsmanReferrals: number;
  byStage: ReportRow[];
  byServiceArea: ReportRow[];
  byCategory: ReportRow[];
  byOutcome: ReportRow[];
  sla: ReportSla;
  slaByStage: { stage: number; sla: ReportSla }[];
  refused: { reason: string; description: string; count: number; suppressed: string[] }[];
  ombudsmanDecisions: { decision: string; count: number; suppressed: string[] }[];
  praise: { serviceArea: string; count: number; suppressed: string[] }[];
  lessonsLearned: string[];
  suppressed: string[];
}

export interface QuarterlyFigures extends ReportFigures {
  quarter: number;
  lastEightQuarters: { period: string; value: number }[];
}

export interface AnnualFigures extends ReportFigures {
  byQuarter: ReportRow[];
  ombudsmanEnquiriesAnsweredOnTime: number;
  ombudsmanEnquiriesAnsweredLate: number;
  serviceImprovements: string[];
  governanceResponse: string | null;
  ombudsmanAnnualLetter: string | null;
  selfAssessment: {
    section: string;
    requirement: string;
    compliant: boolean;
    evidence: string | null;
    commentary: string | null;
    action: string | null;
    actionBy: string | null;
    recordedAt: string | null;
  }[];
}

const ROW = `key received compliments comments serviceRequests closed upheld partiallyUpheld notUpheld notInvestigated escalated
  respondedOnTime respondedLate averageWorkingDaysToRespond suppressed`;
const SLA = 'acknowledgedOnTime acknowledgedLate respondedOnTime respondedLate openOverdue onTimeRate';
const COMMON = `councilId year complaints compliments comments serviceRequests escalations ombudsmanReferrals
  byStage { ${ROW} } byServiceArea { ${ROW} } byCategory { ${ROW} } byOutcome { ${ROW} }
  sla { ${SLA} } slaByStage { stage sla { ${SLA} } }
  refused { reason description count suppressed } ombudsmanDecisions { decision count suppressed }
  praise { serviceArea count suppressed } lessonsLearned suppressed`;

export const QUARTERLY_REPORT = operation<
  { quarterlyReport: QuarterlyFigures },
  { councilId: string; year: number; quarter: number; suppressSmallNumbers: boolean }
>(`
  query WorkspaceQuarterlyReport($councilId: ID!, $year: Int!, $quarter: Int!, $suppressSmallNumbers: Boolean) {
    quarterlyReport(councilId: $councilId, year: $year, quarter: $quarter, suppressSmallNumbers: $suppressSmallNumbers) {
      ${COMMON} quarter lastEightQuarters { period value }
    }
  }
`);

export const ANNUAL_REPORT = operation<
  { annualReport: AnnualFigures },
  { councilId: string; year: number; suppressSmallNumbers: boolean }
>(`
  query WorkspaceAnnualReport($councilId: ID!, $year: Int!, $suppressSmallNumbers: Boolean) {
    annualReport(councilId: $councilId, year: $year, suppressSmallNumbers: $suppressSmallNumbers) {
      ${COMMON}
      byQuarter { ${ROW} }
      ombudsmanEnquiriesAnsweredOnTime ombudsmanEnquiriesAnsweredLate serviceImprovements governanceResponse ombudsmanAnnualLetter
      selfAssessment { section requirement compliant evidence commentary action actionBy recordedAt }
    }
  }
`);

/** Complaints received per month between two dates (every month present, zeros included). */
export const MONTHLY_RECEIVED = operation<
  { trend: { period: string; value: number; suppressed: boolean }[] },
  { councilId: string; from: string; to: string; suppressSmallNumbers: boolean }
>(`
  query WorkspaceMonthlyReceived($councilId: ID!, $from: Date!, $to: Date!, $suppressSmallNumbers: Boolean) {
    trend(councilId: $councilId, metric: RECEIVED, interval: MONTH, from: $from, to: $to, suppressSmallNumbers: $suppressSmallNumbers) {
      period value suppressed
    }
  }
`);

/** The complaints coordinator's assessment of one requirement of the Code for a year (Code 8.1). */
export const RECORD_SELF_ASSESSMENT = operation<
  { recordSelfAssessment: { section: string; compliant: boolean } },
  {
    councilId: string;
    year: number;
    /** RecordSelfAssessmentInput: the row as the policy core records it. */
    input: RecordedAssessment;
  }
>(`
  mutation WorkspaceRecordSelfAssessment($councilId: ID!, $year: Int!, $input: SelfAssessmentInput!) {
    recordSelfAssessment(councilId: $councilId, year: $year, input: $input) { section compliant }
  }
`);

/** The governing body's response and the Ombudsman's annual letter for a year (Code 8.2): an empty one clears it. */
export const UPDATE_ANNUAL_REPORT = operation<
  { updateAnnualReport: { governanceResponse: string | null; ombudsmanAnnualLetter: string | null } },
  { councilId: string; year: number; input: { governanceResponse: string; ombudsmanAnnualLetter: string } }
>(`
  mutation WorkspaceUpdateAnnualReport($councilId: ID!, $year: Int!, $input: AnnualReportInput!) {
    updateAnnualReport(councilId: $councilId, year: $year, input: $input) { governanceResponse ombudsmanAnnualLetter }
  }
`);

export const REPORT_OPERATIONS = {
  QUARTERLY_REPORT,
  ANNUAL_REPORT,
  MONTHLY_RECEIVED,
  RECORD_SELF_ASSESSMENT,
  UPDATE_ANNUAL_REPORT,
} as const;
