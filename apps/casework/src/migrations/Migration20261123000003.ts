import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000003 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    this.addSql(`alter table "${s}"."case_stage"
      add column "findings" text null,
      add column "lessons_learned" text null,
      add column "not_investigated_reason" text null,
      add column "response_drafted_at" timestamptz null,
      add column "signed_off_by" varchar(128) null,
      add column "handled_by" varchar(128) null`);
  }
}
