import 'reflect-metadata';
import { MetadataStorage } from '@mikro-orm/core';
import { CODE_MAX_LENGTH, STAFF_ID_MAX_LENGTH } from '@redress/platform';
import { ContactRestriction } from '../complainants/contact-restriction.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { Case } from './case.entity';
import { LIMITS } from './case-inputs.types';

const length = (entity: object, property: string): number | undefined =>
  (MetadataStorage.getMetadataFromDecorator(entity).properties as Record<string, { length?: number }>)[property].length;

describe("the caps on casework's arguments", () => {
  it('are the lengths of the columns that store them', () => {
    expect({
      ombudsmanReference: LIMITS.ombudsmanReference,
      assigneeId: STAFF_ID_MAX_LENGTH,
      staffId: STAFF_ID_MAX_LENGTH,
      singlePointOfContactId: STAFF_ID_MAX_LENGTH,
      councilId: CODE_MAX_LENGTH,
      serviceArea: CODE_MAX_LENGTH,
    }).toEqual({
      ombudsmanReference: length(Case, 'ombudsmanReference'),
      assigneeId: length(Case, 'assigneeId'),
      staffId: length(StaffMember, 'id'),
      singlePointOfContactId: length(ContactRestriction, 'singlePointOfContactId'),
      councilId: length(Case, 'councilId'),
      serviceArea: length(Case, 'serviceArea'),
    });
  });
});
