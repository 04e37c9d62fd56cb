import type { RequestContext } from '@redress/platform';
import type { TimerQueue } from './timers/case-timers';

export interface CaseworkContext extends RequestContext {
  timers: TimerQueue;
}
