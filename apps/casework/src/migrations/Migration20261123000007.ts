import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000007 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    this.addSql(`alter table "${s}"."remedy_action" add column "chased_at" timestamptz null`);
  }
}
