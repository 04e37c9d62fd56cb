import { Migration } from '@mikro-orm/migrations';
import { auditReasonColumnSql } from '@redress/platform';

export class Migration20261210000001 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    // The grounds a member of staff states for an action, where they must be kept (an erasure request).
    for (const sql of auditReasonColumnSql(s)) this.addSql(sql);
  }
}
