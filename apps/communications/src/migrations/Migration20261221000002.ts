import { Migration } from '@mikro-orm/migrations';

export class Migration20261221000002 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    // Staff alerts to email in working hours, digested per person (staff-alerts/staff-alert-mail.entity.ts).
    this.addSql(`create table "${s}"."staff_alert_mail" (
      "id" uuid primary key,
      "council_id" varchar(64) not null,
      "staff_id" varchar(128) not null,
      "staff_name" varchar(200) not null,
      "email" varchar(254) not null,
      "kind" varchar(32) not null,
      "message" text not null,
      "case_id" uuid null,
      "reference" varchar(32) null,
      "raised_at" timestamptz not null,
      "send_at" timestamptz not null,
      "status" varchar(16) not null,
      "attempts" int not null default 0,
      "retry_at" timestamptz null,
      "failure" text null,
      "digest_id" varchar(100) null,
      "created_at" timestamptz not null,
      "sent_at" timestamptz null)`);
    // The sweep's question: which are waiting and due.
    this.addSql(`create index "staff_alert_mail_pending_index" on "${s}"."staff_alert_mail" ("send_at") where "status" = 'PENDING'`);
    this.addSql(`create index "staff_alert_mail_case_id_index" on "${s}"."staff_alert_mail" ("case_id")`);
  }
}
