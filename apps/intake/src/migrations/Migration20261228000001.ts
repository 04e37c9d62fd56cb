import { Migration } from '@mikro-orm/migrations';

export class Migration20261228000001 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    // The latest response the resident was given (trackCase): its stage, when, its outcome, the reasons and the remedies.
    // The outcome now comes from the response itself, so a draft awaiting sign-off never shows.
    this.addSql(`alter table "${s}"."case_tracking" add column "response_stage" integer null`);
    this.addSql(`alter table "${s}"."case_tracking" add column "response_stage_name" varchar(200) null`);
    this.addSql(`alter table "${s}"."case_tracking" add column "responded_at" timestamptz null`);
    this.addSql(`alter table "${s}"."case_tracking" add column "findings" text null`);
    this.addSql(`alter table "${s}"."case_tracking" add column "remedies" jsonb not null default '[]'`);
  }
}
