import { Migration } from '@mikro-orm/migrations';
import { outboxTableSql } from '@redress/platform';

export class Migration20261123000001 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    this.addSql(`create table "${s}"."submission" (
      "id" uuid primary key,
      "reference" varchar(32) not null unique,
      "council_id" varchar(64) not null,
      "kind" varchar(32) not null,
      "channel" varchar(32) not null,
      "service_area" varchar(64) not null,
      "matter" varchar(64) not null,
      "summary" varchar(200) not null,
      "details" text not null,
      "desired_outcome" text null,
      "incident_date" varchar(10) null,
      "received_at" timestamptz not null,
      "recorded_by" varchar(128) null,
      "late_justification" text null,
      "safeguarding_concern" boolean not null default false,
      "skip_informal" boolean not null default false,
      "complainant_type" varchar(32) null,
      "complainant_name" varchar(200) null,
      "complainant_email" varchar(320) null,
      "complainant_phone" varchar(64) null,
      "complainant_postal_address" text null,
      "representative" jsonb null,
      "outcome" varchar(32) not null,
      "message" text not null,
      "referral" jsonb null,
      "stage" int null,
      "acknowledge_by" varchar(10) null,
      "respond_by" varchar(10) null,
      "flags" jsonb not null default '[]',
      "idempotency_key" varchar(200) null,
      "input_hash" varchar(64) null,
      "created_at" timestamptz not null,
      constraint "submission_council_id_idempotency_key_unique" unique ("council_id", "idempotency_key"))`);
    this.addSql(`create index "submission_council_id_index" on "${s}"."submission" ("council_id")`);
    this.addSql(`create index "submission_complainant_email_index" on "${s}"."submission" (lower("complainant_email"))`);
    this.addSql(`create table "${s}"."reference_counter" (
      "council_id" varchar(64) not null,
      "year" int not null,
      "last_value" int not null,
      primary key ("council_id", "year"))`);
    this.addSql(`create table "${s}"."case_tracking" (
      "reference" varchar(32) primary key,
      "case_id" uuid not null,
      "council_id" varchar(64) not null,
      "status" varchar(32) not null,
      "stage" int not null,
      "stage_name" varchar(200) not null,
      "acknowledge_by" varchar(10) null,
      "respond_by" varchar(10) null,
      "outcome" varchar(32) null,
      "last_event_at" timestamptz not null)`);
    for (const sql of outboxTableSql(s)) this.addSql(sql);
  }
}
