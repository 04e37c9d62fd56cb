import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000001 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    this.addSql(`create table "${s}"."event_log" (
      "event_id" uuid primary key,
      "type" varchar(64) not null,
      "payload" jsonb not null,
      "occurred_at" timestamptz not null,
      "recorded_at" timestamptz not null)`);
    this.addSql(`create index "event_log_occurred_at_index" on "${s}"."event_log" ("occurred_at")`);
    // Projections: derived from event_log only, rebuilt by replay.
    this.addSql(`create table "${s}"."received_item" (
      "submission_id" uuid primary key,
      "council_id" varchar(64) not null,
      "reference" varchar(32) not null,
      "kind" varchar(32) not null,
      "channel" varchar(32) not null,
      "service_area" varchar(64) not null,
      "matter" varchar(64) not null,
      "intake_outcome" varchar(32) not null,
      "received_at" timestamptz not null,
      "received_date" date not null)`);
    this.addSql(`create index "received_item_council_date_index" on "${s}"."received_item" ("council_id", "received_date")`);
    this.addSql(`create table "${s}"."case_fact" (
      "case_id" uuid primary key,
      "submission_id" uuid not null,
      "council_id" varchar(64) not null,
      "reference" varchar(32) not null,
      "kind" varchar(32) not null,
      "service_area" varchar(64) not null,
      "status" varchar(32) not null,
      "stage" int not null,
      "opened_at" timestamptz not null,
      "received_date" date not null)`);
    this.addSql(`create index "case_fact_council_date_index" on "${s}"."case_fact" ("council_id", "received_date")`);
  }
}
