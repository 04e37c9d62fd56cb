import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000002 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    this.addSql(
      `alter table "${s}"."case_stage" add column "held_since" timestamptz null, add column "hold_reason" varchar(64) null, ` +
        'add column "working_days_on_hold" int not null default 0',
    );
    this.addSql(`create table "${s}"."sla_breach" (
      "id" uuid primary key,
      "stage_id" uuid not null references "${s}"."case_stage" ("id"),
      "kind" varchar(32) not null,
      "due_at" timestamptz not null,
      "detected_at" timestamptz not null,
      constraint "sla_breach_stage_kind_due_unique" unique ("stage_id", "kind", "due_at"))`);
    this.addSql(`create table "${s}"."staff_member" (
      "id" varchar(128) primary key,
      "council_id" varchar(64) not null,
      "name" varchar(200) not null,
      "roles" jsonb not null,
      "service_areas" jsonb not null,
      "manager_id" varchar(128) null)`);
    this.addSql(`create index "staff_member_council_id_index" on "${s}"."staff_member" ("council_id")`);
    this.addSql(`create table "${s}"."staff_alert" (
      "id" uuid primary key,
      "recipient_id" varchar(128) not null,
      "case_id" uuid not null,
      "reference" varchar(32) not null,
      "deadline" varchar(32) not null,
      "fire" varchar(16) not null,
      "due_at" timestamptz not null,
      "created_at" timestamptz not null,
      "read_at" timestamptz null)`);
    this.addSql(`create index "staff_alert_recipient_id_index" on "${s}"."staff_alert" ("recipient_id")`);
    // Open stages are what the reconciler scans.
    this.addSql(`create index "case_status_index" on "${s}"."case" ("status")`);
  }
}
