import { SMALL_NUMBER_WORDS, seesSmallNumbersWithheld } from '@redress/policy';
import type { AuthContext } from '@redress/platform';
import type { QuarterlyReport } from '../statistics/statistics.types';
import type { quarterlyReport } from '../statistics/figures';
import type { AnnualReport } from './annual-report.types';
import type { annualReport } from './annual-report';
import { serviceImprovements } from './annual-report';
import { withholdCounts, withholdRows, withholdSla, withholdTotals, withholdTrend } from './suppression';

/** Whether this answer is the Member's view: asked for, or the caller reads the figures only as the Member. */
export const withholdsSmallNumbers = (auth: AuthContext, asked: boolean | null | undefined): boolean =>
  Boolean(asked) || seesSmallNumbersWithheld(auth.staff?.roles ?? []);

type Figures = Pick<
  QuarterlyReport,
  | 'byServiceArea'
  | 'byStage'
  | 'byCategory'
  | 'byOutcome'
  | 'sla'
  | 'slaByStage'
  | 'praise'
  | 'refused'
  | 'ombudsmanDecisions'
  | 'complaints'
  | 'compliments'
  | 'comments'
  | 'serviceRequests'
  | 'escalations'
  | 'ombudsmanReferrals'
  | 'suppressed'
>;

const TOTALS = ['complaints', 'compliments', 'comments', 'serviceRequests', 'escalations', 'ombudsmanReferrals'] as const;

/** Every table of a report with its small numbers withheld, each table on its own. */
function withholdFigures<F extends Figures>(f: F, totals: readonly (keyof F & string)[] = TOTALS): F {
  return {
    ...withholdTotals(f as F & Record<string, number>, totals),
    byServiceArea: withholdRows(f.byServiceArea),
    byStage: withholdRows(f.byStage),
    byCategory: withholdRows(f.byCategory),
    byOutcome: withholdRows(f.byOutcome),
    sla: withholdSla(f.sla),
    slaByStage: f.slaByStage.map((s) => ({ ...s, sla: withholdSla(s.sla) })),
    praise: withholdCounts(f.praise),
    refused: withholdCounts(f.refused),
    ombudsmanDecisions: withholdCounts(f.ombudsmanDecisions),
  };
}

/** The quarterly report as this caller may read it. */
export function quarterlyView(report: Awaited<ReturnType<typeof quarterlyReport>>, withhold: boolean): QuarterlyReport {
  const { lastEightQuartersValues, ...rest } = report;
  const out = { ...rest, lastEightQuarters: withholdTrend(lastEightQuartersValues, withhold) };
  return withhold ? withholdFigures(out) : out;
}

/** The annual report as this caller may read it: the service improvements written with the counts as they may see them. */
export function annualView(report: Awaited<ReturnType<typeof annualReport>>, withhold: boolean): AnnualReport {
  const figures = withhold
    ? {
        ...withholdFigures(report, [...TOTALS, 'ombudsmanEnquiriesAnsweredOnTime', 'ombudsmanEnquiriesAnsweredLate']),
        byQuarter: withholdRows(report.byQuarter),
        remedyActionsCompleted: withholdCounts(report.remedyActionsCompleted),
      }
    : report;
  const words = (n: number, withheld: boolean) => (withheld ? SMALL_NUMBER_WORDS : String(n));
  return { ...figures, serviceImprovements: serviceImprovements(figures.lessonsLearned, figures.remedyActionsCompleted, words) };
}
