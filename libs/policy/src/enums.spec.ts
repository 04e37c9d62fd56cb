import {
  AdjustmentKind,
  AlertKind,
  CaseOrder,
  Channel,
  ComplaintCategory,
  ContactPreference,
  DeliveryMethod,
  DeliveryStatus,
  Matter,
  MessageKind,
  Role,
} from './enums';

describe('contract enums', () => {
  it('spell each value as its name, as the GraphQL contract does', () => {
    for (const e of [
      Channel,
      Matter,
      Role,
      ComplaintCategory,
      ContactPreference,
      AdjustmentKind,
      AlertKind,
      MessageKind,
      DeliveryMethod,
      DeliveryStatus,
      CaseOrder,
    ])
      for (const [k, v] of Object.entries(e)) expect(v).toBe(k);
  });
});
