import { createOrm, OutboxEvent, schemaName } from '@redress/platform';
import type { Logger, MikroORM, PlatformConfig } from '@redress/platform';
import { Case, CaseEvent, CaseStage, SlaBreach } from './cases/case.entity';
import { Complainant } from './complainants/complainant.entity';
import { Migration20261123000001 } from './migrations/Migration20261123000001';
import { Migration20261123000002 } from './migrations/Migration20261123000002';
import { Migration20261123000003 } from './migrations/Migration20261123000003';
import { Migration20261123000004 } from './migrations/Migration20261123000004';
import { Migration20261123000005 } from './migrations/Migration20261123000005';
import { Migration20261123000006 } from './migrations/Migration20261123000006';
import { Migration20261123000007 } from './migrations/Migration20261123000007';
import { Migration20261123000008 } from './migrations/Migration20261123000008';
import { Migration20261201000001 } from './migrations/Migration20261201000001';
import { Migration20261210000001 } from './migrations/Migration20261210000001';
import { Migration20261220000001 } from './migrations/Migration20261220000001';
import { Migration20261220000003 } from './migrations/Migration20261220000003';
import { Migration20261220000006 } from './migrations/Migration20261220000006';
import { RemedyAction } from './remedies/remedy-action.entity';
import { ContactRestriction } from './complainants/contact-restriction.entity';
import { ReasonableAdjustment } from './complainants/reasonable-adjustment.entity';
import { StaffMember } from './staff/staff-member.entity';
import { StaffAlert } from './alerts/staff-alert.entity';
import { seedStaff } from './staff/seed-staff';

export const caseworkSchema = (config: PlatformConfig): string => schemaName(config, 'casework');

export function createCaseworkOrm(config: PlatformConfig, logger: Logger): Promise<MikroORM> {
  return createOrm({
    databaseUrl: config.databaseUrl,
    schema: caseworkSchema(config),
    entities: [
      Case,
      CaseStage,
      CaseEvent,
      SlaBreach,
      Complainant,
      ContactRestriction,
      ReasonableAdjustment,
      StaffMember,
      StaffAlert,
      RemedyAction,
      OutboxEvent,
    ],
    migrations: [
      { name: 'Migration20261123000001', class: Migration20261123000001 },
      { name: 'Migration20261123000002', class: Migration20261123000002 },
      { name: 'Migration20261123000003', class: Migration20261123000003 },
      { name: 'Migration20261123000004', class: Migration20261123000004 },
      { name: 'Migration20261123000005', class: Migration20261123000005 },
      { name: 'Migration20261123000006', class: Migration20261123000006 },
      { name: 'Migration20261123000007', class: Migration20261123000007 },
      { name: 'Migration20261123000008', class: Migration20261123000008 },
      { name: 'Migration20261201000001', class: Migration20261201000001 },
      { name: 'Migration20261210000001', class: Migration20261210000001 },
      { name: 'Migration20261220000001', class: Migration20261220000001 },
      { name: 'Migration20261220000003', class: Migration20261220000003 },
      { name: 'Migration20261220000006', class: Migration20261220000006 },
    ],
    logger,
  }).then(async (orm) => {
    if (config.seedDemoData) await seedStaff(orm.em.fork());
    return orm;
  });
}
