import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000002 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    this.addSql(`alter table "${s}"."case_fact"
      add column "channel" varchar(32) null,
      add column "matter" varchar(64) null,
      add column "anonymous" boolean not null default false,
      add column "closed_date" date null,
      add column "ombudsman_date" date null`);
    // One row per stage a case reached; every date is the London date of its own event.
    this.addSql(`create table "${s}"."stage_fact" (
      "case_id" uuid not null,
      "stage" int not null,
      "council_id" varchar(64) not null,
      "opened_date" date not null,
      "acknowledge_by" date not null,
      "respond_by" date not null,
      "acknowledged_date" date null,
      "acknowledged_on_time" boolean null,
      "responded_date" date null,
      "responded_on_time" boolean null,
      "working_days_to_respond" int null,
      "outcome" varchar(32) null,
      "escalated_date" date null,
      primary key ("case_id", "stage"))`);
    this.addSql(`create index "stage_fact_council_index" on "${s}"."stage_fact" ("council_id")`);
    this.addSql(`create table "${s}"."lesson_learned" (
      "case_id" uuid not null,
      "stage" int not null,
      "council_id" varchar(64) not null,
      "responded_date" date not null,
      "text" text not null,
      primary key ("case_id", "stage"))`);
  }
}
