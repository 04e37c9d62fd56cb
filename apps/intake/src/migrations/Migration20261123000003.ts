import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000003 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    // Links between records of one contact: passed to another council, or a service request made a complaint.
    this.addSql(`alter table "${s}"."submission" add column "links" jsonb not null default '[]', add column "praised" varchar(200) null`);
  }
}
