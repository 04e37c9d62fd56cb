import { Migration } from '@mikro-orm/migrations';

export class Migration20261220000003 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    // Where the council writes to a member of staff (the directory lists it); rows seeded before have none until reseeded.
    this.addSql(`alter table "${s}"."staff_member" add column "email" varchar(254) null`);
  }
}
