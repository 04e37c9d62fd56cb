import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** An unreasonable-behaviour contact restriction: what is restricted, who the single point of contact is, when it is reviewed. */
@Entity({ tableName: 'contact_restriction' })
export class ContactRestriction {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Index() @Property({ type: 'uuid' }) complainantId!: string;
  @Property({ type: 'string', length: 64 }) councilId!: string;
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'text' }) restrictions!: string;
  @Property({ type: 'string', length: 128 }) singlePointOfContactId!: string;
  @Property({ type: 'string', length: 10 }) reviewOn!: string;
  @Property({ type: 'string', length: 128 }) decidedBy!: string;
  @Property({ type: 'datetime' }) createdAt!: Date;
}
