import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { ComplaintCategory, Outcome, financialQuarter, findCouncilPolicy, londonDate } from '@redress/policy';
import { caseworkModule } from '@redress/casework';
import { intakeModule } from '@redress/intake';
import { reportingModule } from '@redress/reporting';
import type { SlaCompliance, StatisticsRow } from '@redress/reporting';
import { gql, seededStaffTokens, startPlatform } from '../testing';
import { percentile, ratio } from './results';

/**
 * report_vs_sql (issue #16): quarterlyReport p95 through the gateway over 1,000,000 seeded cases (× scale), loaded
 * into the read model and into casework's and intake's own tables, over the p95 of a hand-written aggregate over those
 * base tables (submission, case, case_stage, case_event) giving the same figures. The platform runs the sources
 * through @swc-node/register (as `npm start`): the time here is PostgreSQL's, not the transpiler's.
 */
const COUNCIL = 'hart';
const [YEAR, QUARTER] = [2025, 3]; // October–December 2025: a past quarter, so every figure is final
const RUNS = 30;
const WARM_UP = 3;

// The figures the staff workspace's quarterly report page asks for (apps/workspace/src/reports/report-operations.ts).
const ROW = `key received compliments comments serviceRequests closed upheld partiallyUpheld notUpheld notInvestigated escalated
  respondedOnTime respondedLate averageWorkingDaysToRespond suppressed`;
const SLA = 'acknowledgedOnTime acknowledgedLate respondedOnTime respondedLate openOverdue onTimeRate';
const QUARTERLY = `query BenchQuarterly($c: ID!, $y: Int!, $q: Int!) { quarterlyReport(councilId: $c, year: $y, quarter: $q) {
  councilId year complaints compliments comments serviceRequests escalations ombudsmanReferrals
  byStage { ${ROW} } byServiceArea { ${ROW} } byCategory { ${ROW} } byOutcome { ${ROW} }
  sla { ${SLA} } slaByStage { stage sla { ${SLA} } }
  refused { reason description count suppressed } ombudsmanDecisions { decision count suppressed }
  praise { serviceArea count suppressed } lessonsLearned suppressed quarter lastEightQuarters { period value } } }`;

// The report's rows and SLA figures as reporting types them: the fields compared below.
type Row = Pick<StatisticsRow, 'key' | (typeof ROW_FIELDS)[number]>;
type Sla = Pick<SlaCompliance, (typeof SLA_FIELDS)[number]>;
interface Report {
  complaints: number;
  compliments: number;
  escalations: number;
  ombudsmanReferrals: number;
  byStage: Row[];
  byServiceArea: Row[];
  byCategory: Row[];
  byOutcome: Row[];
  sla: Sla;
  slaByStage: { stage: number; sla: Sla }[];
  refused: { reason: string; count: number }[];
  ombudsmanDecisions: { decision: string; count: number }[];
  lessonsLearned: string[];
  lastEightQuarters: { period: string; value: number }[];
}

/**
 * The main figures of a report as `name → count`, zeros left out (a row of zeros and no row are the same report).
 * averageWorkingDaysToRespond is not compared: casework keeps no working-day count, and the seed's is approximate.
 */
type Figures = Map<string, number>;
const ROW_FIELDS = [
  'received',
  'compliments',
  'closed',
  'upheld',
  'partiallyUpheld',
  'notUpheld',
  'notInvestigated',
  'escalated',
  'respondedOnTime',
  'respondedLate',
] as const;
const SLA_FIELDS = ['acknowledgedOnTime', 'acknowledgedLate', 'respondedOnTime', 'respondedLate', 'openOverdue'] as const;

function add(into: Figures, name: string, value: number): void {
  if (value) into.set(name, (into.get(name) ?? 0) + value);
}

function figuresOf(r: Report): Figures {
  const f: Figures = new Map();
  for (const k of ['complaints', 'compliments', 'escalations', 'ombudsmanReferrals'] as const) add(f, k, r[k]);
  for (const dim of ['byStage', 'byServiceArea', 'byCategory', 'byOutcome'] as const)
    for (const row of r[dim]) for (const field of ROW_FIELDS) add(f, `${dim}.${row.key}.${field}`, row[field]);
  for (const field of SLA_FIELDS) add(f, `sla.${field}`, r.sla[field]);
  for (const s of r.slaByStage) for (const field of SLA_FIELDS) add(f, `slaByStage.${s.stage}.${field}`, s.sla[field]);
  for (const x of r.refused) add(f, `refused.${x.reason}`, x.count);
  for (const x of r.ombudsmanDecisions) add(f, `ombudsmanDecisions.${x.decision}`, x.count);
  for (const x of r.lastEightQuarters) add(f, `lastEightQuarters.${x.period}`, x.value);
  add(f, 'lessonsLearned', r.lessonsLearned.length);
  return f;
}

function differences(a: Figures, b: Figures): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((k) => a.get(k) !== b.get(k)).map((k) => `${k}: report ${a.get(k) ?? 0}, sql ${b.get(k) ?? 0}`);
}

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const LONDON = (col: string) => `(${col} at time zone 'Europe/London')::date`;
const areasOf = (council: string) =>
  quoted(
    findCouncilPolicy(council)!
      .serviceAreas.filter((a) => !a.referral)
      .map((a) => a.code),
  );
const CATEGORIES = Object.values(ComplaintCategory);
const OUTCOMES = Object.values(Outcome);

/**
 * The seed, generated inside PostgreSQL. The issue says COPY; `INSERT … SELECT … FROM generate_series` writes the
 * same rows as fast with no client streaming (pg-copy-streams is not installed, and psql's \copy would still need the
 * rows made somewhere). Staging tables (temporary, this session) draw each case once; the read model and the base
 * tables are both written from them, so they tell the same story. Every case is CLOSED by now (the reconciler scans
 * open cases for timers; a million open cases would be another benchmark).
 */
function seedStatements(n: number, s: { intake: string; casework: string; reporting: string }): [string, string][] {
  const ik = `"${s.intake}"`;
  const cw = `"${s.casework}"`;
  const rp = `"${s.reporting}"`;
  // Random draws of one stage: acknowledged within 0–7 days (due in 5), responded within 2–38 (due in 28; 10 informally).
  const stageColumns = (opened: string) => `
      (${LONDON(opened)} + 5 + time '17:00') at time zone 'Europe/London',
      case when not c.anonymous then ${opened} + random() * interval '7 days' end,
      (${LONDON(opened)} + case when x.number = 0 then 10 else 28 end + time '17:00') at time zone 'Europe/London',
      ${opened} + interval '2 days' + random() * interval '36 days',
      (array[${quoted(OUTCOMES)}])[1 + floor(random() * ${OUTCOMES.length})::int],
      case when random() < 0.002 then 'Tell residents sooner when a collection is missed' end`;
  const next = (from: number) => `
    insert into b_stage (case_id, council, number, opened_at, ack_due_at, ack_at, resp_due_at, resp_at, outcome, lessons)
    select x.case_id, x.council, x.number, x.opened_at, ${stageColumns('x.opened_at')}
    from (select p.case_id, p.council, p.number + 1 as number,
                 p.resp_at + interval '1 day' + random() * interval '4 days' as opened_at
          from b_stage p join b_case k on k.case_id = p.case_id
          where p.number = ${from} and p.number < k.last_stage and p.resp_at < '2026-08-01' and random() < 0.2) x
    join b_case c on c.case_id = x.case_id;
    update b_stage p set escalated_at = q.opened_at from b_stage q
    where q.case_id = p.case_id and q.number = p.number + 1 and p.number = ${from}`;
  return [
    [
      'draw the cases',
      `select setseed(0.16);
      create temp table b_case as
      select i, md5('case-' || i)::uuid as case_id, md5('submission-' || i)::uuid as submission_id,
        case when i % 2 = 0 then 'hart' else 'hampshire' end as council,
        'BENCH-' || lpad(i::text, 7, '0') as reference,
        case when i % 2 = 0 then (array[${areasOf('hart')}])[1 + (i / 2) % 12]
             else (array[${areasOf('hampshire')}])[1 + (i / 2) % 12] end as service_area,
        (array['WEB_FORM', 'EMAIL', 'TELEPHONE', 'LETTER', 'IN_PERSON'])[1 + i % 5] as channel,
        i % 50 = 7 as anonymous,
        case when i % 10 = 0 then '{}'::text[]
             when i % 10 < 7 then array[(array[${quoted(CATEGORIES)}])[1 + i % 15]]
             else array[(array[${quoted(CATEGORIES)}])[1 + i % 15],
                        (array[${quoted(CATEGORIES)}])[1 + (i % 15 + 1 + (i / 15) % 14) % 15]] end as categories,
        timestamptz '2023-04-01 08:00:00+00' + floor(random() * 1278) * interval '1 day' + floor(random() * 32400) * interval '1 second'
          as received_at,
        case when i % 2 = 0 and i % 3 <> 0 then 0 else 1 end as first_stage,
        case when i % 2 = 0 then 2 else 3 end as last_stage
      from generate_series(0, ${n - 1}) as i;
      create temp table b_stage (case_id uuid, council text, number int, opened_at timestamptz, ack_due_at timestamptz,
        ack_at timestamptz, resp_due_at timestamptz, resp_at timestamptz, outcome text, lessons text, escalated_at timestamptz);
      insert into b_stage (case_id, council, number, opened_at, ack_due_at, ack_at, resp_due_at, resp_at, outcome, lessons)
      select x.case_id, x.council, x.number, x.opened_at, ${stageColumns('x.opened_at')}
      from (select case_id, council, first_stage as number, received_at as opened_at from b_case) x
      join b_case c on c.case_id = x.case_id`,
    ],
    ['draw the escalations', [0, 1, 2].map(next).join(';\n')],
    [
      'draw the closures',
      // Closed the day after the last response; some referred to the Ombudsman after the last stage, most decided.
      `create temp table b_close as
      select y.*, case when y.ombudsman_at is not null and random() < 0.6 then y.ombudsman_at + interval '60 days' end as decision_at,
        (array['UPHELD_WITH_RECOMMENDATIONS', 'PARTLY_UPHELD', 'NOT_UPHELD', 'NOT_INVESTIGATED'])[1 + floor(random() * 4)::int] as decision
      from (select s.case_id, s.number as stage, s.resp_at + interval '1 day' as closed_at,
              case when s.number = k.last_stage and s.resp_at < '2026-08-01' and random() < 0.3
                   then s.resp_at + interval '15 days' end as ombudsman_at
            from b_stage s join b_case k on k.case_id = s.case_id where s.escalated_at is null) y;
      create temp table b_compliment as
      select i, md5('compliment-' || i)::uuid as submission_id, case when i % 2 = 0 then 'hart' else 'hampshire' end as council,
        'BENCHK-' || lpad(i::text, 7, '0') as reference,
        case when i % 2 = 0 then (array[${areasOf('hart')}])[1 + (i / 2) % 12]
             else (array[${areasOf('hampshire')}])[1 + (i / 2) % 12] end as service_area,
        timestamptz '2023-04-01 08:00:00+00' + floor(random() * 1278) * interval '1 day' as received_at
      from generate_series(0, ${Math.max(0, Math.round(n / 10) - 1)}) as i`,
    ],
    [
      `${s.intake}.submission`,
      `insert into ${ik}."submission" (id, reference, council_id, kind, channel, service_area, matter, summary, details, received_at,
        complainant_type, complainant_name, complainant_email, outcome, message, stage, acknowledge_by, respond_by, created_at, categories)
      select c.submission_id, c.reference, c.council, 'COMPLAINT', c.channel, c.service_area, 'SERVICE_FAILURE', 'Bench complaint',
        'The bin was not collected.', c.received_at, case when c.anonymous then null else 'RESIDENT' end,
        case when c.anonymous then null else 'Bench Resident' end, case when c.anonymous then null else 'bench@example.org' end,
        'ACCEPTED', 'Your complaint has been received.', s.number, ${LONDON('s.ack_due_at')}::text, ${LONDON('s.resp_due_at')}::text,
        c.received_at, to_jsonb(c.categories)
      from b_case c join b_stage s on s.case_id = c.case_id and s.number = c.first_stage;
      insert into ${ik}."submission" (id, reference, council_id, kind, channel, service_area, matter, summary, details, received_at,
        outcome, message, created_at)
      select submission_id, reference, council, 'COMPLIMENT', 'WEB_FORM', service_area, 'SERVICE_FAILURE', 'Bench compliment',
        'Thank you.', received_at, 'RECORDED', 'Thank you for your compliment.', received_at
      from b_compliment`,
    ],
    [
      `${s.casework}.case`,
      `insert into ${cw}."complainant" (id, council_id, type, name, email, created_at)
      select md5('complainant-' || council || k)::uuid, council, 'RESIDENT', 'Bench Resident ' || k, 'bench-' || k || '@example.org',
        timestamptz '2023-04-01'
      from unnest(array['hart', 'hampshire']) as council, generate_series(0, 199) as k;
      insert into ${cw}."case" (id, reference, submission_id, council_id, kind, channel, service_area, matter, summary, details, status,
        current_stage, received_at, created_at, categories, complainant_id, referred_to_ombudsman_at, ombudsman_decision)
      select c.case_id, c.reference, c.submission_id, c.council, 'COMPLAINT', c.channel, c.service_area, 'SERVICE_FAILURE',
        'Bench complaint', 'The bin was not collected.', 'CLOSED', z.stage, c.received_at, c.received_at, to_jsonb(c.categories),
        case when not c.anonymous then md5('complainant-' || c.council || (c.i % 200))::uuid end, z.ombudsman_at,
        case when z.decision_at is not null then z.decision end
      from b_case c join b_close z on z.case_id = c.case_id`,
    ],
    [
      `${s.casework}.case_stage`,
      `insert into ${cw}."case_stage" (id, case_id, number, name, opened_at, acknowledge_by, acknowledge_due_at, acknowledged_at,
        respond_by, respond_due_at, responded_at, outcome, lessons_learned, handled_by)
      select md5('stage-' || case_id || '-' || number)::uuid, case_id, number,
        case when number = 0 then 'Informal resolution' else 'Stage ' || number end, opened_at, ${LONDON('ack_due_at')}::text,
        ack_due_at, ack_at, ${LONDON('resp_due_at')}::text, resp_due_at, resp_at, outcome, lessons, 'bench-officer'
      from b_stage`,
    ],
    [
      `${s.casework}.case_event`,
      `insert into ${cw}."case_event" (case_id, at, type, actor)
      select case_id, closed_at, 'CLOSED', 'Bench Officer' from b_close
      union all select case_id, ombudsman_at, 'REFERRED_TO_OMBUDSMAN', 'Bench Officer' from b_close where ombudsman_at is not null
      union all select case_id, decision_at, 'OMBUDSMAN_DECISION', 'Bench Officer' from b_close where decision_at is not null`,
    ],
    [
      `${s.reporting}.received_item, case_fact`,
      `insert into ${rp}."received_item" (submission_id, council_id, reference, kind, channel, service_area, matter, intake_outcome,
        received_at, received_date)
      select submission_id, council, reference, 'COMPLAINT', channel, service_area, 'SERVICE_FAILURE', 'ACCEPTED', received_at,
        ${LONDON('received_at')} from b_case
      union all select submission_id, council, reference, 'COMPLIMENT', 'WEB_FORM', service_area, 'SERVICE_FAILURE', 'RECORDED',
        received_at, ${LONDON('received_at')} from b_compliment;
      insert into ${rp}."case_fact" (case_id, submission_id, council_id, reference, kind, service_area, status, stage, opened_at,
        received_date, channel, matter, anonymous, closed_date, ombudsman_date, categories, ombudsman_decision, ombudsman_decision_date)
      select c.case_id, c.submission_id, c.council, c.reference, 'COMPLAINT', c.service_area, 'CLOSED', z.stage, c.received_at,
        ${LONDON('c.received_at')}, c.channel, 'SERVICE_FAILURE', c.anonymous, ${LONDON('z.closed_at')}, ${LONDON('z.ombudsman_at')},
        c.categories, case when z.decision_at is not null then z.decision end, ${LONDON('z.decision_at')}
      from b_case c join b_close z on z.case_id = c.case_id`,
    ],
    [
      `${s.reporting}.stage_fact, lesson_learned`,
      // Working days to respond: five in seven calendar days, near enough for a figure the bench does not compare.
      `insert into ${rp}."stage_fact" (case_id, stage, council_id, opened_date, acknowledge_by, respond_by, acknowledged_date,
        acknowledged_on_time, responded_date, responded_on_time, working_days_to_respond, outcome, escalated_date)
      select case_id, number, council, ${LONDON('opened_at')}, ${LONDON('ack_due_at')}, ${LONDON('resp_due_at')}, ${LONDON('ack_at')},
        ack_at <= ack_due_at, ${LONDON('resp_at')}, resp_at <= resp_due_at,
        round((${LONDON('resp_at')} - ${LONDON('opened_at')}) * 5 / 7.0), outcome, ${LONDON('escalated_at')}
      from b_stage;
      insert into ${rp}."lesson_learned" (case_id, stage, council_id, responded_date, text)
      select case_id, number, council, ${LONDON('resp_at')}, lessons from b_stage where lessons is not null`,
    ],
    [
      'analyze',
      [
        `${ik}."submission"`,
        `${cw}."complainant"`,
        `${cw}."case"`,
        `${cw}."case_stage"`,
        `${cw}."case_event"`,
        ...['received_item', 'case_fact', 'stage_fact', 'lesson_learned'].map((t) => `${rp}."${t}"`),
      ]
        .map((t) => `analyze ${t}`)
        .join(';\n'),
    ],
  ];
}

/**
 * The same figures by hand, over casework's and intake's own tables: what one would write without a read model.
 * Each event is dated by its own column (a stage escalated when the next one opened, a case closed by its CLOSED
 * event), London dates throughout. %council, the quarter %from–%to, %asOf the date overdue is counted on, %eightFrom the
 * first day of the eight quarters (bound by `bind`).
 */
function handWritten(s: { intake: string; casework: string }): string[] {
  const ik = `"${s.intake}"`;
  const cw = `"${s.casework}"`;
  const lo = `(%from::date::timestamp at time zone 'Europe/London')`;
  const hi = `((%to::date + 1)::timestamp at time zone 'Europe/London')`;
  const inQuarter = (d: string) => `${d} between %from::date and %to::date`;
  const measures = `count(*) filter (where ${inQuarter('opened_d')})::int as opened,
      ${OUTCOMES.map((o) => `count(*) filter (where ${inQuarter('resp_d')} and outcome = '${o}')::int as ${o.toLowerCase()}`).join(', ')},
      count(*) filter (where ${inQuarter('resp_d')} and resp_on_time)::int as on_time,
      count(*) filter (where ${inQuarter('resp_d')} and not resp_on_time)::int as late,
      avg(resp_d - opened_d) filter (where ${inQuarter('resp_d')}) as avg_days,
      count(*) filter (where ${inQuarter('esc_d')})::int as escalated,
      count(*) filter (where ${inQuarter('ack_d')} and not anonymous and ack_on_time)::int as ack_on_time,
      count(*) filter (where ${inQuarter('ack_d')} and not anonymous and not ack_on_time)::int as ack_late,
      count(*) filter (where opened_d <= %asOf::date and respond_by < %asOf::date and (resp_d is null or resp_d > %asOf::date)
        and (esc_d is null or esc_d > %asOf::date) and (closed_d is null or closed_d > %asOf::date))::int as overdue`;
  return [
    // What was received, by service area and kind: intake's record of every contact.
    `select service_area, kind, outcome, count(*)::int as n from ${ik}."submission"
     where council_id = %council and received_at >= ${lo} and received_at < ${hi} group by 1, 2, 3`,
    // Complaints taken on in each of the eight quarters (financial quarters: the calendar quarter three months back).
    `select to_char((received_at at time zone 'Europe/London') - interval '3 months', 'YYYY"-Q"Q') as period, count(*)::int as n
     from ${ik}."submission" where council_id = %council and kind = 'COMPLAINT' and outcome = 'ACCEPTED'
       and received_at >= (%eightFrom::date::timestamp at time zone 'Europe/London') and received_at < ${hi} group by 1`,
    // Every stage event, by stage, service area, outcome, category and in all, in one pass over the stages.
    `with st as materialized (
       select s.number, c.service_area, coalesce(s.outcome, 'NO_RESPONSE') as outcome_key, s.outcome, c.categories,
         ${LONDON('s.opened_at')} as opened_d, ${LONDON('s.acknowledged_at')} as ack_d,
         s.acknowledged_at <= s.acknowledge_due_at as ack_on_time,
         ${LONDON('s.responded_at')} as resp_d, s.responded_at <= s.respond_due_at as resp_on_time, s.respond_by::date as respond_by,
         ${LONDON('n.opened_at')} as esc_d, ${LONDON('e.at')} as closed_d, c.complainant_id is null as anonymous
       from ${cw}."case_stage" s join ${cw}."case" c on c.id = s.case_id
       left join ${cw}."case_stage" n on n.case_id = s.case_id and n.number = s.number + 1
       left join ${cw}."case_event" e on e.case_id = c.id and e.type = 'CLOSED'
       where c.council_id = %council and s.opened_at < ${hi})
     select case when grouping(number) = 0 then 'STAGE' when grouping(service_area) = 0 then 'SERVICE_AREA'
                 when grouping(outcome_key) = 0 then 'OUTCOME' else 'ALL' end as dim,
            coalesce(number::text, service_area, outcome_key) as key, ${measures}
     from st group by grouping sets ((number), (service_area), (outcome_key), ())
     union all
     select 'CATEGORY', cat, ${measures}
     from st cross join lateral jsonb_array_elements_text(
       case when jsonb_array_length(categories) = 0 then '["UNCATEGORISED"]'::jsonb else categories end) as cat
     group by cat`,
    // Case events: closures (by service area, stage and category), categories received, the Ombudsman.
    `with cs as materialized (
       select c.service_area, c.current_stage, c.categories, ${LONDON('c.received_at')} as received_d, ${LONDON('e.at')} as closed_d,
         ${LONDON('c.referred_to_ombudsman_at')} as ombudsman_d, c.ombudsman_decision, ${LONDON('d.at')} as decision_d
       from ${cw}."case" c
       left join ${cw}."case_event" e on e.case_id = c.id and e.type = 'CLOSED'
       left join ${cw}."case_event" d on d.case_id = c.id and d.type = 'OMBUDSMAN_DECISION'
       where c.council_id = %council and c.received_at < ${hi})
     select 'SERVICE_AREA' as dim, service_area as key, 0 as received, count(*) filter (where ${inQuarter('closed_d')})::int as n
     from cs group by 2
     union all select 'STAGE', current_stage::text, 0, count(*) filter (where ${inQuarter('closed_d')})::int from cs group by 2
     union all select 'CATEGORY', cat, count(*) filter (where ${inQuarter('received_d')})::int,
       count(*) filter (where ${inQuarter('closed_d')})::int
     from cs cross join lateral jsonb_array_elements_text(
       case when jsonb_array_length(categories) = 0 then '["UNCATEGORISED"]'::jsonb else categories end) as cat group by 2
     union all select 'OMBUDSMAN', null, 0, count(*) filter (where ${inQuarter('ombudsman_d')})::int from cs
     union all select 'DECISION', ombudsman_decision, 0, count(*) filter (where ${inQuarter('decision_d')})::int
     from cs where ombudsman_decision is not null group by 2`,
    // Lessons learned from the responses of the quarter.
    `select s.lessons_learned from ${cw}."case_stage" s join ${cw}."case" c on c.id = s.case_id
     where c.council_id = %council and s.responded_at >= ${lo} and s.responded_at < ${hi} and s.lessons_learned is not null
     order by s.responded_at, s.case_id, s.number`,
    // Late complaints refused after a case was opened.
    `select count(*)::int as n from ${cw}."case" where council_id = %council and late_accepted = false
       and late_decided_at >= ${lo} and late_decided_at < ${hi}`,
  ];
}

type Measures = Record<'opened' | 'on_time' | 'late' | 'escalated' | 'ack_on_time' | 'ack_late' | 'overdue', number> &
  Record<string, number>;
const OUTCOME_FIELD: Record<Outcome, keyof Row> = {
  UPHELD: 'upheld',
  PARTIALLY_UPHELD: 'partiallyUpheld',
  NOT_UPHELD: 'notUpheld',
  NOT_INVESTIGATED: 'notInvestigated',
};
const DIM_NAME: Record<string, string> = { STAGE: 'byStage', SERVICE_AREA: 'byServiceArea', OUTCOME: 'byOutcome', CATEGORY: 'byCategory' };

function addStageRow(f: Figures, dim: string, key: string, m: Measures): void {
  const sla = dim === 'ALL' ? 'sla' : dim === 'STAGE' ? `slaByStage.${key}` : null;
  if (sla) {
    add(f, `${sla}.acknowledgedOnTime`, m.ack_on_time);
    add(f, `${sla}.acknowledgedLate`, m.ack_late);
    add(f, `${sla}.respondedOnTime`, m.on_time);
    add(f, `${sla}.respondedLate`, m.late);
    add(f, `${sla}.openOverdue`, m.overdue);
  }
  if (dim === 'ALL') return;
  const at = `${DIM_NAME[dim]}.${key}`;
  // Received at a stage: the stages opened in the quarter (by service area and category, received is the cases').
  if (dim === 'STAGE') add(f, `${at}.received`, m.opened);
  if (dim === 'STAGE') add(f, 'escalations', m.escalated);
  for (const o of OUTCOMES) add(f, `${at}.${OUTCOME_FIELD[o]}`, m[o.toLowerCase()]);
  add(f, `${at}.respondedOnTime`, m.on_time);
  add(f, `${at}.respondedLate`, m.late);
  add(f, `${at}.escalated`, m.escalated);
}

/** The hand-written answers as the same `name → count` figures as figuresOf(report). */
function figuresOfSql(results: pg.QueryResult[]): Figures {
  const [received, eight, stages, cases, lessons, refused] = results;
  const f: Figures = new Map();
  for (const r of received.rows as { service_area: string; kind: string; outcome: string; n: number }[]) {
    if (r.kind === 'COMPLAINT' && r.outcome === 'ACCEPTED') {
      add(f, 'complaints', r.n);
      add(f, `byServiceArea.${r.service_area}.received`, r.n);
    } else if (r.kind === 'COMPLIMENT' && r.outcome === 'RECORDED') {
      add(f, 'compliments', r.n);
      add(f, `byServiceArea.${r.service_area}.compliments`, r.n);
    }
  }
  for (const r of eight.rows as { period: string; n: number }[]) add(f, `lastEightQuarters.${r.period}`, r.n);
  for (const r of stages.rows as ({ dim: string; key: string } & Measures)[]) addStageRow(f, r.dim, r.key, r);
  for (const r of cases.rows as { dim: string; key: string; received: number; n: number }[]) {
    if (r.dim === 'OMBUDSMAN') add(f, 'ombudsmanReferrals', r.n);
    else if (r.dim === 'DECISION') add(f, `ombudsmanDecisions.${r.key}`, r.n);
    else {
      add(f, `${DIM_NAME[r.dim]}.${r.key}.closed`, r.n);
      add(f, `${DIM_NAME[r.dim]}.${r.key}.received`, r.received);
    }
  }
  add(f, 'lessonsLearned', lessons.rowCount ?? 0);
  add(f, 'refused.OUT_OF_TIME', (refused.rows[0] as { n: number }).n);
  return f;
}

async function timed(runs: number, once: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await once();
    times.push(performance.now() - t);
  }
  return times;
}

export async function reportBench(scale = 1): Promise<void> {
  const cases = Math.max(100, Math.round(1_000_000 * scale));
  const started = performance.now();
  const platform = await startPlatform('bench-report', { LOG_LEVEL: 'warn', SLA_RECONCILE_EVERY_MS: String(3_600_000) });
  console.log(`\nplatform (swc-node, as npm start) started for report_vs_sql in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const schemas = {
    intake: intakeModule.schema(platform.isolation.config('intake')),
    casework: caseworkModule.schema(platform.isolation.config('casework')),
    reporting: reportingModule.schema(platform.isolation.config('reporting')),
  };
  const db = new pg.Client({ connectionString: platform.isolation.config('casework').databaseUrl });
  await db.connect();
  try {
    const loadStarted = performance.now();
    for (const [what, sql] of seedStatements(cases, schemas)) {
      const t = performance.now();
      await db.query(sql);
      console.log(`  seed: ${what} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const counted = await db.query<{ stages: number; items: number }>(
      `select (select count(*) from "${schemas.reporting}"."stage_fact")::int as stages,
              (select count(*) from "${schemas.reporting}"."received_item")::int as items`,
    );
    const { stages, items } = counted.rows[0];
    console.log(`load: ${cases} cases (${stages} stages, ${items} contacts), read model and base tables, in ${loadSeconds.toFixed(1)} s`);

    const analyst = (await seededStaffTokens(['hart-analyst']))['hart-analyst'];
    let report = null as Report | null;
    const ours = await timed(RUNS, async () => {
      const res = await gql<{ quarterlyReport: Report }>(platform.gatewayUrl, QUARTERLY, { c: COUNCIL, y: YEAR, q: QUARTER }, analyst);
      if (!res.data?.quarterlyReport) throw new Error(`quarterlyReport failed: ${JSON.stringify(res.errors)}`);
      report = res.data.quarterlyReport;
    });

    const quarter = financialQuarter(YEAR, QUARTER);
    const today = londonDate(new Date());
    const first = YEAR * 4 + QUARTER - 1 - 7; // the eighth quarter back, as figures.ts lastEightQuartersRange
    const values = {
      council: COUNCIL,
      from: quarter.from,
      to: quarter.to,
      asOf: quarter.to < today ? quarter.to : today,
      eightFrom: financialQuarter(Math.floor(first / 4), (first % 4) + 1).from,
    };
    const statements = handWritten(schemas).map((sql) => bind(sql, values));
    let results: pg.QueryResult[] = [];
    const raw = await timed(RUNS, async () => {
      results = [];
      for (const { text, params } of statements) results.push(await db.query(text, params));
    });

    const figures = figuresOf(report!);
    const diff = differences(figures, figuresOfSql(results));
    if (diff.length)
      console.log(`WARNING report_vs_sql: the report and the SQL differ on ${diff.length} figures: ${diff.slice(0, 8).join('; ')}`);
    const p95 = percentile(ours, 95);
    const rawP95 = percentile(raw, 95);
    ratio('report_vs_sql', p95 / rawP95, '<=', 1.0, {
      report_p95_ms: p95.toFixed(1),
      report_p50_ms: percentile(ours, 50).toFixed(1),
      sql_p95_ms: rawP95.toFixed(1),
      sql_p50_ms: percentile(raw, 50).toFixed(1),
      cases,
      stages,
      load_s: loadSeconds.toFixed(1),
      quarter: quarter.key,
      complaints: figures.get('complaints') ?? 0,
      figures_compared: figures.size,
      same_figures: diff.length ? `no (${diff.length} differ)` : 'yes',
      runtime: 'swc-node',
    });
  } finally {
    await db.end();
    await platform.stop();
  }
}

/** `%name` placeholders as $1, $2… in order of first use, with their values: pg refuses a parameter a statement does not use. */
function bind(sql: string, values: Record<string, string>): { text: string; params: string[] } {
  const names: string[] = [];
  const text = sql.replace(/%([a-zA-Z]+)/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for %${name}`);
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return { text, params: names.map((n) => values[n]) };
}
