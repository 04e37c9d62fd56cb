import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** Every request for the next stage, answered or not: part of the record of contact. */
@Entity({ tableName: 'escalation_request' })
export class EscalationRequest {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Index() @Property({ type: 'string', length: 32 }) reference!: string;
  @Property({ type: 'integer' }) fromStage!: number;
  @Property({ type: 'integer', nullable: true }) toStage: number | null = null;
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'datetime' }) requestedAt!: Date;
  @Property({ type: 'string', length: 128 }) requestedBy!: string;
  @Property({ type: 'boolean' }) accepted!: boolean;
  @Property({ type: 'text' }) message!: string;
  @Property({ type: 'datetime', nullable: true }) anonymisedAt: Date | null = null;
}
