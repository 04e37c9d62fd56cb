import { Migration } from '@mikro-orm/migrations';

export class Migration20261220000007 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    // What went wrong (ComplaintCategory values, set from casework's events), and a complaint refused after it was
    // opened (a late complaint the coordinator did not consider: 'OUT_OF_TIME'), dated by that decision.
    this.addSql(`alter table "${s}"."case_fact"
      add column "categories" text[] not null default '{}',
      add column "refused_date" date null,
      add column "refused_reason" varchar(32) null`);
  }
}
