import { registerEnumType } from 'type-graphql';
import * as policy from '@redress/policy';

const CONTRACT_ENUMS = {
  CouncilTier: policy.CouncilTier,
  AnonymousHandling: policy.AnonymousHandling,
  ClockStart: policy.ClockStart,
  Role: policy.Role,
  FeedbackKind: policy.FeedbackKind,
  Channel: policy.Channel,
  ComplainantType: policy.ComplainantType,
  Matter: policy.Matter,
  ConsentEvidence: policy.ConsentEvidence,
  IntakeOutcome: policy.IntakeOutcome,
  CaseStatus: policy.CaseStatus,
  Outcome: policy.Outcome,
  Remedy: policy.Remedy,
  HoldReason: policy.HoldReason,
  SlaKind: policy.SlaKind,
  OmbudsmanDecision: policy.OmbudsmanDecision,
  ContactDirection: policy.ContactDirection,
  StatisticsDimension: policy.StatisticsDimension,
  TrendMetric: policy.TrendMetric,
  TrendInterval: policy.TrendInterval,
  CaseAction: policy.CaseAction,
  ComplaintCategory: policy.ComplaintCategory,
  ContactPreference: policy.ContactPreference,
  AdjustmentKind: policy.AdjustmentKind,
  AlertKind: policy.AlertKind,
  MessageKind: policy.MessageKind,
  DeliveryMethod: policy.DeliveryMethod,
  DeliveryStatus: policy.DeliveryStatus,
  CaseOrder: policy.CaseOrder,
} as const;

let registered = false;

/**
 * Registers every contract enum with type-graphql under its contract name. Each subgraph calls this, so
 * the enums it uses are printed from the one TypeScript definition and composition sees them identical.
 */
export function registerContractEnums(): void {
  if (registered) return;
  registered = true;
  for (const [name, enumObject] of Object.entries(CONTRACT_ENUMS)) registerEnumType(enumObject, { name });
}
