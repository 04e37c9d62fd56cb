import { Migration } from '@mikro-orm/migrations';

export class Migration20261220000002 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    // Categories of what went wrong, where in a county the matter arose, and how the complainant asked to be
    // contacted (with any reasonable adjustments, in their words), as given at intake.
    this.addSql(`alter table "${s}"."submission" add column "categories" jsonb not null default '[]'`);
    this.addSql(`alter table "${s}"."submission" add column "local_area" varchar(64) null`);
    this.addSql(`alter table "${s}"."submission" add column "complainant_contact_preference" varchar(16) null`);
    this.addSql(`alter table "${s}"."submission" add column "complainant_adjustments" text null`);
    // The feedback query lists one council's comments or compliments received in a period.
    this.addSql(`create index "submission_feedback_index" on "${s}"."submission" ("council_id", "kind", "received_at")`);
  }
}
