/**
 * The local sign-in's defaults, shared by `npm start`, the end-to-end harness and the workspace: one place for the
 * port, the workspace's client registration and the development password (never used outside development).
 */
export const SIGN_IN = {
  port: 4010,
  /** The Redress API as a resource server: the `aud` of every access token. */
  audience: 'urn:redress:api',
  workspaceUrl: 'http://localhost:3001',
  workspaceClientId: 'redress-workspace',
  workspaceClientSecret: 'redress-workspace-local-secret',
  /** Every seeded staff member's password on the local sign-in. */
  password: 'redress',
} as const;
