import { Migration } from '@mikro-orm/migrations';
import { auditLogTableSql, auditReasonColumnSql, outboxTableSql } from '@redress/platform';

export class Migration20261220000001 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    // The delivery record (message.entity.ts): one row per owed message, id = the job's messageId.
    this.addSql(`create table "${s}"."message" (
      "id" uuid primary key,
      "kind" varchar(32) not null,
      "council_id" varchar(64) not null,
      "case_id" uuid null,
      "reference" varchar(32) not null,
      "stage" int null,
      "recipient" text null,
      "recipient_role" varchar(16) null,
      "postal_address" text null,
      "large_print" boolean not null default false,
      "method" varchar(16) null,
      "subject" text not null,
      "body" text not null,
      "html" text not null,
      "status" varchar(16) not null,
      "failure" text null,
      "attempts" int not null default 0,
      "created_at" timestamptz not null,
      "sent_at" timestamptz null)`);
    this.addSql(`create index "message_council_reference_index" on "${s}"."message" ("council_id", "reference")`);
    this.addSql(`create index "message_case_id_index" on "${s}"."message" ("case_id")`);
    for (const sql of outboxTableSql(s)) this.addSql(sql);
    for (const sql of auditLogTableSql(s)) this.addSql(sql);
    for (const sql of auditReasonColumnSql(s)) this.addSql(sql);
  }
}
