import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000008 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    this.addSql(`create table "${s}"."audit_log" (
      "seq" bigserial primary key,
      "at" timestamptz not null,
      "actor" varchar(128) not null,
      "council_id" varchar(64) null,
      "action" varchar(64) not null,
      "ids" jsonb not null)`);
    this.addSql(`create index "audit_log_ids_index" on "${s}"."audit_log" using gin ("ids")`);
    // Append-only, enforced by the database rather than by good intentions.
    this.addSql(
      `create function "${s}".audit_log_append_only() returns trigger language plpgsql as ` +
        "$$ begin raise exception 'audit_log is append-only'; end $$",
    );
    this.addSql(
      `create trigger audit_log_append_only before update or delete or truncate on "${s}"."audit_log" ` +
        `for each statement execute function "${s}".audit_log_append_only()`,
    );
  }
}
