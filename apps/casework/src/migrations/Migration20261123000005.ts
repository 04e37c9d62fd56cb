import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000005 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    this.addSql(`create table "${s}"."remedy_action" (
      "id" uuid primary key,
      "case_id" uuid not null references "${s}"."case" ("id"),
      "council_id" varchar(64) not null,
      "stage" int not null,
      "remedy" varchar(32) not null,
      "owner_id" varchar(128) not null,
      "due_on" varchar(10) not null,
      "completed_at" timestamptz null,
      "completed_by" varchar(128) null,
      "note" text null,
      "created_at" timestamptz not null,
      constraint "remedy_action_case_stage_remedy_unique" unique ("case_id", "stage", "remedy"))`);
    this.addSql(
      `create index "remedy_action_outstanding_index" on "${s}"."remedy_action" ("council_id", "due_on") where "completed_at" is null`,
    );
  }
}
