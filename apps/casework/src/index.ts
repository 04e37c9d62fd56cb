export * from './casework.module';
export { STAFF_SEED } from './staff/staff.seed';
export type { StaffSeed } from './staff/staff.seed';
export { plannedTimers, scheduleTimers } from './timers/case-timers';
