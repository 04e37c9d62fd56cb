import 'reflect-metadata';
import { MetadataStorage } from '@mikro-orm/core';
import { CODE_MAX_LENGTH, EMAIL_MAX_LENGTH } from '@redress/platform';
import { Submission } from './submission.entity';
import { LIMITS } from './submission.types';

const columns = MetadataStorage.getMetadataFromDecorator(Submission).properties as Record<string, { length?: number }>;
const length = (property: string): number | undefined => columns[property].length;

describe('the caps on submitFeedback input', () => {
  it('are the lengths of the columns that store it', () => {
    expect({
      councilId: CODE_MAX_LENGTH,
      serviceArea: CODE_MAX_LENGTH,
      summary: LIMITS.summary,
      complainantName: LIMITS.name,
      complainantEmail: EMAIL_MAX_LENGTH,
      complainantPhone: LIMITS.phone,
      idempotencyKey: LIMITS.idempotencyKey,
      praised: LIMITS.praised,
    }).toEqual({
      councilId: length('councilId'),
      serviceArea: length('serviceArea'),
      summary: length('summary'),
      complainantName: length('complainantName'),
      complainantEmail: length('complainantEmail'),
      complainantPhone: length('complainantPhone'),
      idempotencyKey: length('idempotencyKey'),
      praised: length('praised'),
    });
  });
});
