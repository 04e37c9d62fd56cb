import { Migration } from '@mikro-orm/migrations';
import { auditLogTableSql } from '@redress/platform';

export class Migration20261201000001 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    // Who recorded, converted or escalated what, and when: ids only, append-only.
    for (const sql of auditLogTableSql(s)) this.addSql(sql);
  }
}
