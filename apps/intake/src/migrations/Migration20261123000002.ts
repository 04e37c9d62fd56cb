import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000002 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    this.addSql(`create table "${s}"."escalation_request" (
      "id" uuid primary key,
      "reference" varchar(32) not null,
      "from_stage" int not null,
      "to_stage" int null,
      "reason" text not null,
      "requested_at" timestamptz not null,
      "requested_by" varchar(128) not null,
      "accepted" boolean not null,
      "message" text not null)`);
    this.addSql(`create index "escalation_request_reference_index" on "${s}"."escalation_request" ("reference")`);
  }
}
