import { Migration } from '@mikro-orm/migrations';

export class Migration20261201000002 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    // When the personal data was anonymised (retention schedule or erasure); the contact stays on record.
    this.addSql(`alter table "${s}"."submission" add column "anonymised_at" timestamptz null`);
    this.addSql(`alter table "${s}"."escalation_request" add column "anonymised_at" timestamptz null`);
    this.addSql(
      `create index "submission_retention_index" on "${s}"."submission" ("council_id", "received_at") where "anonymised_at" is null`,
    );
  }
}
