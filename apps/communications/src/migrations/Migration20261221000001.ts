import { Migration } from '@mikro-orm/migrations';

export class Migration20261221000001 extends Migration {
  override async up(): Promise<void> {
    const s = this.config.get('schema') ?? 'public';
    // A letter's PDF as it was printed (message.entity.ts `letterPdf`): read by case handlers, cleared by anonymisation.
    this.addSql(`alter table "${s}"."message" add column "letter_pdf" bytea null`);
  }
}
