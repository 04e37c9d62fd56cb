import { StatisticsDimension, checkSelfAssessment, financialYear, findCouncilPolicy, selfAssessment } from '@redress/policy';
import type { RecordedAssessment, Remedy, SelfAssessmentRow } from '@redress/policy';
import { audit, badInput, notFound } from '@redress/platform';
import type { EntityManager, StaffIdentity } from '@redress/platform';
import { ombudsmanEnquiries, remedyActionsCompleted, reportFigures } from '../statistics/figures';
import { statistics } from '../statistics/statistics';
import type { RemedyCount } from '../statistics/statistics.types';
import type { AnnualReport, AnnualReportInput, SelfAssessmentInput, SelfAssessmentItem } from './annual-report.types';

type Knex = ReturnType<ReturnType<EntityManager['getConnection']>['getKnex']>;
const knexOf = (em: EntityManager): Knex => em.getConnection().getKnex();
/** The SQL transaction MikroORM runs `tx` in: the audit entry and the row it records commit together. */
const sqlOf = (tx: EntityManager): Knex => tx.getTransactionContext() as Knex;

interface StoredAssessment {
  section: string;
  compliant: boolean;
  evidence: string;
  commentary: string | null;
  action: string | null;
  action_by: string | null;
  recorded_ms: string;
}

function policyOf(councilId: string) {
  const policy = findCouncilPolicy(councilId);
  if (!policy) throw notFound(`No council ${councilId}.`);
  return policy;
}

async function storedAssessments(db: Knex, schema: string, councilId: string, year: number): Promise<StoredAssessment[]> {
  return db
    .withSchema(schema)
    .from('self_assessment')
    .select(
      'section',
      'compliant',
      'evidence',
      'commentary',
      'action',
      db.raw(`to_char(action_by, 'YYYY-MM-DD') as action_by`),
      db.raw('extract(epoch from recorded_at) * 1000 as recorded_ms'),
    )
    .where({ council_id: councilId, year });
}

const toItem = (row: SelfAssessmentRow, recordedAt: Date | null): SelfAssessmentItem => ({
  section: row.section,
  requirement: row.requirement,
  compliant: row.compliant,
  evidence: row.evidence,
  commentary: row.commentary,
  action: row.action,
  actionBy: row.actionBy,
  assessed: row.assessed,
  rules: row.findings.map((f) => f.rule),
  recordedAt,
});

/** The self-assessment for a year: each requirement pre-filled by the policy core, with what the coordinator recorded. */
export async function selfAssessmentFor(em: EntityManager, schema: string, councilId: string, year: number): Promise<SelfAssessmentItem[]> {
  const stored = await storedAssessments(knexOf(em), schema, councilId, year);
  const recorded: RecordedAssessment[] = stored.map((s) => ({ ...s, actionBy: s.action_by }));
  const when = new Map(stored.map((s) => [s.section, new Date(Number(s.recorded_ms))]));
  return selfAssessment(policyOf(councilId), recorded).map((row) => toItem(row, when.get(row.section) ?? null));
}

/**
 * The complaints coordinator's assessment of one requirement for a year (checked by the policy core), replacing what
 * was recorded before; audited (who, when, which council, year and section).
 */
export async function recordSelfAssessment(
  em: EntityManager,
  schema: string,
  staff: StaffIdentity,
  councilId: string,
  year: number,
  input: SelfAssessmentInput,
  now: Date,
): Promise<SelfAssessmentItem> {
  const checked = checkSelfAssessment(policyOf(councilId), {
    section: input.section,
    compliant: input.compliant,
    evidence: input.evidence,
    commentary: input.commentary ?? null,
    action: input.action ?? null,
    actionBy: input.actionBy ?? null,
  });
  await em.transactional(async (tx) => {
    const row = {
      council_id: councilId,
      year,
      section: checked.section,
      compliant: checked.compliant,
      evidence: checked.evidence,
      commentary: checked.commentary,
      action: checked.action,
      action_by: checked.actionBy,
      recorded_by: staff.sub,
      recorded_at: now,
    };
    await sqlOf(tx).withSchema(schema).table('self_assessment').insert(row).onConflict(['council_id', 'year', 'section']).merge();
    await audit(tx, staff, 'CHANGE_SELF_ASSESSMENT', [`${councilId}/${year}/${checked.section}`], now);
  });
  const items = await selfAssessmentFor(em, schema, councilId, year);
  return items.find((i) => i.section === checked.section)!;
}

/** What is kept of the report's own words for a year. */
async function reportWords(db: Knex, schema: string, councilId: string, year: number) {
  const [row]: { governance_response: string | null; ombudsman_annual_letter: string | null }[] = await db
    .withSchema(schema)
    .from('annual_report')
    .select('governance_response', 'ombudsman_annual_letter')
    .where({ council_id: councilId, year });
  return { governanceResponse: row?.governance_response ?? null, ombudsmanAnnualLetter: row?.ombudsman_annual_letter ?? null };
}

/**
 * The governing body's response and the Ombudsman's annual letter for a year: a field given replaces what was kept
 * (null or empty clears it), a field left out keeps it. Audited.
 */
export async function updateAnnualReportWords(
  em: EntityManager,
  schema: string,
  staff: StaffIdentity,
  councilId: string,
  year: number,
  input: AnnualReportInput,
  now: Date,
): Promise<void> {
  policyOf(councilId);
  const given = (['governanceResponse', 'ombudsmanAnnualLetter'] as const).filter((k) => input[k] !== undefined);
  if (!given.length) throw badInput('Give governanceResponse, ombudsmanAnnualLetter or both.', 'input');
  await em.transactional(async (tx) => {
    const db = sqlOf(tx);
    // One writer at a time for a council's year: two people saving different fields keep both.
    await db.raw('select pg_advisory_xact_lock(hashtext(?))', [`annual-report ${councilId} ${year}`]);
    const next = await reportWords(db, schema, councilId, year);
    for (const k of given) next[k] = input[k]?.trim() || null;
    await db
      .withSchema(schema)
      .table('annual_report')
      .insert({
        council_id: councilId,
        year,
        governance_response: next.governanceResponse,
        ombudsman_annual_letter: next.ombudsmanAnnualLetter,
        updated_by: staff.sub,
        updated_at: now,
      })
      .onConflict(['council_id', 'year'])
      .merge();
    await audit(tx, staff, 'CHANGE_ANNUAL_REPORT', [`${councilId}/${year}`], now, { reason: given.join(', ') });
  });
}

const remedyWords = (remedy: Remedy | null) => (remedy ? remedy.toLowerCase().replace(/_/g, ' ') : 'a remedy');

/** The service improvements of a year: the lessons learned, then the remedy actions completed, by remedy. */
export function serviceImprovements(
  lessons: readonly string[],
  remedies: readonly RemedyCount[],
  words: (n: number, withheld: boolean) => string,
): string[] {
  return [
    ...lessons,
    ...remedies.map((r) => `Remedy actions completed, ${remedyWords(r.remedy)}: ${words(r.count, r.suppressed.length > 0)}`),
  ];
}

/**
 * The annual complaints performance and service improvement report (Code 8) for a financial year, April to March:
 * every figure of the quarterly report for the year, refusals by reason, the Ombudsman's figures, the service
 * improvements, the self-assessment, and the words kept for the year.
 */
export async function annualReport(
  em: EntityManager,
  schema: string,
  councilId: string,
  year: number,
  today: string,
): Promise<Omit<AnnualReport, 'serviceImprovements'>> {
  policyOf(councilId);
  const { from, to } = financialYear(year);
  const range = { em, schema, councilId, from, to, today };
  const figures = await reportFigures(range);
  const enquiries = await ombudsmanEnquiries(range);
  return {
    ...figures,
    year,
    byQuarter: await statistics(em, schema, councilId, from, to, StatisticsDimension.QUARTER),
    ombudsmanEnquiriesAnsweredOnTime: enquiries.onTime,
    ombudsmanEnquiriesAnsweredLate: enquiries.late,
    remedyActionsCompleted: await remedyActionsCompleted(range),
    selfAssessment: await selfAssessmentFor(em, schema, councilId, year),
    ...(await reportWords(knexOf(em), schema, councilId, year)),
  };
}
