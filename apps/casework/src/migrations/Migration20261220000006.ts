import { Migration } from '@mikro-orm/migrations';

export class Migration20261220000006 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    // Whether someone is restricted is read from their restrictions (lifted, ended), no longer a flag that goes stale.
    this.addSql(`alter table "${s}"."complainant" drop column "restricted"`);
    this.addSql(`alter table "${s}"."complainant" add column "contact_preference" varchar(16) null`);

    // A restriction says how the council still contacts them, how long it lasts, the letter that said so, and its lifting.
    // Restrictions made before kept every method open (they said what was restricted only in words).
    const r = `"${s}"."contact_restriction"`;
    this.addSql(`alter table ${r} add column "allowed_methods" jsonb not null default '["EMAIL","LETTER","TELEPHONE"]'`);
    this.addSql(`alter table ${r} alter column "allowed_methods" drop default`);
    this.addSql(`alter table ${r}
      add column "ends_on" varchar(10) null,
      add column "letter" text null,
      add column "lifted_at" timestamptz null,
      add column "lifted_by" varchar(128) null,
      add column "lift_reason" text null,
      add column "review_alerted_at" timestamptz null`);

    // Reasonable adjustments (Code s.5): recorded and kept under review.
    this.addSql(`create table "${s}"."reasonable_adjustment" (
      "id" uuid primary key,
      "complainant_id" uuid not null references "${s}"."complainant" ("id"),
      "council_id" varchar(64) not null,
      "kind" varchar(32) not null,
      "need" text not null,
      "review_on" varchar(10) null,
      "recorded_at" timestamptz not null,
      "recorded_by" varchar(128) null,
      "review_alerted_at" timestamptz null)`);
    this.addSql(`create index "reasonable_adjustment_complainant_id_index" on "${s}"."reasonable_adjustment" ("complainant_id")`);
  }
}
