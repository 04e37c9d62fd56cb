import { Migration } from '@mikro-orm/migrations';
import { outboxTableSql } from '@redress/platform';

export class Migration20261123000001 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    this.addSql(`create table "${s}"."complainant" (
      "id" uuid primary key,
      "council_id" varchar(64) not null,
      "type" varchar(32) not null,
      "name" varchar(200) not null,
      "email" varchar(320) null,
      "phone" varchar(64) null,
      "postal_address" text null,
      "restricted" boolean not null default false,
      "created_at" timestamptz not null)`);
    this.addSql(`create index "complainant_council_id_email_index" on "${s}"."complainant" ("council_id", "email")`);
    this.addSql(`create table "${s}"."case" (
      "id" uuid primary key,
      "reference" varchar(32) not null unique,
      "submission_id" uuid not null unique,
      "council_id" varchar(64) not null,
      "kind" varchar(32) not null,
      "channel" varchar(32) not null,
      "service_area" varchar(64) not null,
      "matter" varchar(64) not null,
      "summary" varchar(200) not null,
      "details" text not null,
      "desired_outcome" text null,
      "status" varchar(32) not null,
      "current_stage" int not null,
      "received_at" timestamptz not null,
      "flags" jsonb not null default '[]',
      "assignee_id" varchar(128) null,
      "complainant_id" uuid null references "${s}"."complainant" ("id"),
      "representative" jsonb null,
      "created_at" timestamptz not null)`);
    this.addSql(`create index "case_council_id_index" on "${s}"."case" ("council_id")`);
    this.addSql(`create index "case_assignee_id_index" on "${s}"."case" ("assignee_id")`);
    this.addSql(`create table "${s}"."case_stage" (
      "id" uuid primary key,
      "case_id" uuid not null references "${s}"."case" ("id"),
      "number" int not null,
      "name" varchar(200) not null,
      "opened_at" timestamptz not null,
      "acknowledge_by" varchar(10) not null,
      "acknowledge_due_at" timestamptz not null,
      "acknowledged_at" timestamptz null,
      "respond_by" varchar(10) not null,
      "respond_due_at" timestamptz not null,
      "responded_at" timestamptz null,
      "extension_working_days" int not null default 0,
      "outcome" varchar(32) null,
      "remedies" jsonb not null default '[]',
      constraint "case_stage_case_id_number_unique" unique ("case_id", "number"))`);
    this.addSql(`create table "${s}"."case_event" (
      "seq" bigserial primary key,
      "case_id" uuid not null references "${s}"."case" ("id"),
      "at" timestamptz not null,
      "type" varchar(64) not null,
      "actor" varchar(200) null,
      "detail" text null)`);
    this.addSql(`create index "case_event_case_id_index" on "${s}"."case_event" ("case_id", "at")`);
    for (const sql of outboxTableSql(s)) this.addSql(sql);
  }
}
