import { Migration } from '@mikro-orm/migrations';

export class Migration20261201000001 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    // When the personal data was anonymised (retention schedule or erasure); the figures stay, the person goes.
    this.addSql(`alter table "${s}"."case" add column "anonymised_at" timestamptz null`);
    this.addSql(`alter table "${s}"."complainant" add column "anonymised_at" timestamptz null`);
    this.addSql(
      `create index "case_retention_index" on "${s}"."case" ("council_id") where "status" = 'CLOSED' and "anonymised_at" is null`,
    );
  }
}
