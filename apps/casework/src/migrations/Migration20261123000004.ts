import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000004 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    this.addSql(`alter table "${s}"."case_stage"
      add column "statement_required" boolean not null default false,
      add column "statement_of_complaint" text null,
      add column "statement_agreed_at" timestamptz null`);
    this.addSql(`alter table "${s}"."case"
      add column "ombudsman_reference" varchar(64) null,
      add column "referred_to_ombudsman_at" timestamptz null,
      add column "ombudsman_decision" varchar(64) null,
      add column "ombudsman_summary" text null,
      add column "ombudsman_remedies" jsonb not null default '[]'`);
    this.addSql(`create table "${s}"."contact_restriction" (
      "id" uuid primary key,
      "complainant_id" uuid not null references "${s}"."complainant" ("id"),
      "council_id" varchar(64) not null,
      "reason" text not null,
      "restrictions" text not null,
      "single_point_of_contact_id" varchar(128) not null,
      "review_on" varchar(10) not null,
      "decided_by" varchar(128) not null,
      "created_at" timestamptz not null)`);
    this.addSql(`create index "contact_restriction_complainant_id_index" on "${s}"."contact_restriction" ("complainant_id")`);
  }
}
