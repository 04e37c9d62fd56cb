import { Migration } from '@mikro-orm/migrations';

export class Migration20261220000001 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    const alert = `"${s}"."staff_alert"`;
    // Alerts of every kind, readable by their recipient: what it is, in words, and for which council.
    this.addSql(`alter table ${alert} add column "dedupe_key" varchar(200) null`);
    this.addSql(`alter table ${alert} add column "council_id" varchar(64) null`);
    this.addSql(`alter table ${alert} add column "kind" varchar(32) null`);
    this.addSql(`alter table ${alert} add column "message" text null`);
    this
      .addSql(`update ${alert} a set "dedupe_key" = case when a."deadline" = 'REMEDY' then 'remedy-alert:' || a."id" else a."id"::text end,
      "council_id" = coalesce((select c."council_id" from "${s}"."case" c where c."id" = a."case_id"), ''),
      "kind" = case when a."deadline" = 'OMBUDSMAN_ENQUIRY' then 'OMBUDSMAN_ENQUIRY' when a."deadline" = 'REMEDY' then 'REMEDY_DUE'
        when a."fire" = 'REMINDER' then 'REMINDER' else 'BREACH' end,
      "message" = a."reference" || ': ' || lower(replace(a."deadline", '_', ' '))
        || case when a."fire" = 'REMINDER' then ' due soon.' else ' overdue.' end`);
    for (const column of ['dedupe_key', 'council_id', 'kind', 'message'])
      this.addSql(`alter table ${alert} alter column "${column}" set not null`);
    this.addSql(`alter table ${alert} add constraint "staff_alert_dedupe_key_unique" unique ("dedupe_key")`);
    for (const column of ['case_id', 'reference', 'deadline', 'fire', 'due_at'])
      this.addSql(`alter table ${alert} alter column "${column}" drop not null`);

    // What the complaint is about, whether it waits for a decision on lateness, and whom it is about.
    const kase = `"${s}"."case"`;
    this.addSql(`alter table ${kase} add column "categories" jsonb not null default '[]'`);
    this.addSql(`alter table ${kase} add column "late_complaint" boolean not null default false`);
    this.addSql(`alter table ${kase} add column "late_decided_at" timestamptz null`);
    this.addSql(`alter table ${kase} add column "late_accepted" boolean null`);
    this.addSql(`alter table ${kase} add column "staff_involved" jsonb not null default '[]'`);
    // The new date a delay notice gave the customer; respond_by (the promise) does not move.
    this.addSql(`alter table "${s}"."case_stage" add column "expected_response_by" varchar(10) null`);
  }
}
