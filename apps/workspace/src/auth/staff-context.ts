import type { GatewayClient, Operation } from '@redress/web';

/**
 * What every page after sign-in finds in `res.locals` (the contract between the workspace's pages, the case pages
 * included): who is signed in, and the gateway as that person.
 */
export interface SignedInStaff {
  /** The staff id (the token's `sub`), e.g. `hart-officer`. */
  id: string;
  name: string;
  /** Role names as the API spells them: OFFICER, HEAD_OF_SERVICE, COMPLAINTS_COORDINATOR, CONTACT_CENTRE, ANALYST, MEMBER… */
  roles: string[];
  councilId: string;
}

/** The gateway, sending the signed-in person's access token with every request (it never leaves the server). */
export interface StaffGateway {
  request<TData, TVariables>(op: Operation<TData, TVariables>, variables: TVariables): Promise<TData>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      /** Set for every request after sign-in (auth/require-sign-in.ts). */
      staff: SignedInStaff;
      /** Set for every request after sign-in: the gateway with the person's access token. */
      gateway: StaffGateway;
    }
  }
}

declare module 'express-session' {
  interface SessionData {
    /** Between sending the browser to the provider and its return: the checks of its answer, and where to go next. */
    pendingSignIn?: { state: string; codeVerifier: string; returnTo: string };
    /** The page asked for before signing in (a path on this site: it carries no personal data), to go back to. */
    returnTo?: string;
    /** Why the sign-in page is shown: the session ran out while idle, or its sign-in did. */
    signInReason?: 'idle' | 'expired';
    /** The signed-in person and their tokens: in Redis only, never in the browser. */
    signedIn?: {
      staff: SignedInStaff;
      /** Their council's name, for the header. */
      councilName: string;
      /** The service areas they work in or head (the directory), for their team's queue. */
      serviceAreas: string[];
      accessToken: string;
      idToken: string | null;
      expiresAt: number;
    };
  }
}

export const staffGateway = (gateway: GatewayClient, token: string): StaffGateway => ({
  request: (op, variables) => gateway.request(op, variables, { token }),
});
