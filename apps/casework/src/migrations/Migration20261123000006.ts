import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000006 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    this.addSql(`alter table "${s}"."case"
      add column "ombudsman_enquiry_respond_by" varchar(10) null,
      add column "ombudsman_enquiry_due_at" timestamptz null,
      add column "ombudsman_enquiry_answered_at" timestamptz null,
      add column "ombudsman_enquiry_overdue_at" timestamptz null`);
  }
}
