import { Migration } from '@mikro-orm/migrations';
import { auditLogTableSql, auditReasonColumnSql } from '@redress/platform';

export class Migration20261230000001 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    // Projections (rebuilt by replay): why a contact was not taken on; the Ombudsman's decision and enquiry, each
    // dated by its own event; each remedy action carried out, by the event that recorded it.
    this.addSql(`alter table "${s}"."received_item" add column "refusal_reason" varchar(64) null`);
    this.addSql(`alter table "${s}"."case_fact"
      add column "ombudsman_decision" varchar(64) null,
      add column "ombudsman_decision_date" date null,
      add column "ombudsman_enquiry_respond_by" date null,
      add column "ombudsman_enquiry_answered_date" date null`);
    this.addSql(`create table "${s}"."remedy_completion" (
      "event_id" uuid primary key,
      "case_id" uuid not null,
      "council_id" varchar(64) not null,
      "remedy" varchar(64) null,
      "completed_date" date not null)`);
    this.addSql(`create index "remedy_completion_council_date_index" on "${s}"."remedy_completion" ("council_id", "completed_date")`);
    // The annual report's own words (Code 8.1, 8.2): not projections, never rebuilt. The latest record of each wins;
    // the audit log keeps who recorded what when.
    this.addSql(`create table "${s}"."self_assessment" (
      "council_id" varchar(64) not null,
      "year" int not null,
      "section" varchar(16) not null,
      "compliant" boolean not null,
      "evidence" text not null,
      "commentary" text null,
      "action" text null,
      "action_by" date null,
      "recorded_by" varchar(128) not null,
      "recorded_at" timestamptz not null,
      primary key ("council_id", "year", "section"))`);
    this.addSql(`create table "${s}"."annual_report" (
      "council_id" varchar(64) not null,
      "year" int not null,
      "governance_response" text null,
      "ombudsman_annual_letter" text null,
      "updated_by" varchar(128) not null,
      "updated_at" timestamptz not null,
      primary key ("council_id", "year"))`);
    for (const sql of [...auditLogTableSql(s), ...auditReasonColumnSql(s)]) this.addSql(sql);
  }
}
