import type { RequestContext } from '@redress/platform';

export type IntakeContext = RequestContext;
