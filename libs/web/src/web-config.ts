import { sessionSecretFromEnv } from '@redress/platform';

export type WebAppName = 'portal' | 'workspace';

/** The web apps' default ports (PORTAL_PORT, WORKSPACE_PORT for `npm start`; PORT for the process itself). */
/** The app's session cookie (its CSRF cookie adds `.csrf`): one name per app, so two apps on one host keep apart. */
export const sessionCookieName = (app: WebAppName): string => `redress.${app}`;

export const DEFAULT_WEB_PORTS: Record<WebAppName, number> = { portal: 3000, workspace: 3001 };

export interface WebConfig {
  app: WebAppName;
  env: string;
  production: boolean;
  port: number;
  /** The GraphQL gateway: the web apps' only way to the platform. */
  gatewayUrl: string;
  /** Redis, for the server-side sessions. */
  redisUrl: string;
  /** Signs the session cookie (SESSION_SECRET; production refuses the development default). */
  sessionSecret: string;
  /** Answers are kept this long after the last request, then forgotten. */
  sessionIdleMinutes: number;
  /** Prefixes the session keys in Redis, so a test suite owns its sessions (QUEUE_PREFIX, as the queues). */
  keyPrefix: string;
  logLevel: string;
  /**
   * WEB_RELOAD_TEMPLATES: read the views again for every page, so an edited template shows on reload (default: outside
   * production). `false` caches them as production does (the browser tests: a page then renders in a few milliseconds).
   */
  reloadTemplates?: boolean;
}

function whole(env: NodeJS.ProcessEnv, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${key} must be a whole number, got "${raw}"`);
  return n;
}

export function loadWebConfig(app: WebAppName, env: NodeJS.ProcessEnv = process.env): WebConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const portKey = `${app.toUpperCase()}_PORT`;
  const port = env.PORT ? whole(env, 'PORT', DEFAULT_WEB_PORTS[app]) : whole(env, portKey, DEFAULT_WEB_PORTS[app]);
  const gatewayUrl = env.GATEWAY_URL?.trim() || 'http://localhost:4000/graphql';
  try {
    new URL(gatewayUrl);
  } catch {
    throw new Error(`GATEWAY_URL must be the gateway's GraphQL URL, e.g. http://localhost:4000/graphql, got "${gatewayUrl}"`);
  }
  return {
    app,
    env: nodeEnv,
    production: nodeEnv === 'production',
    port,
    gatewayUrl,
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    sessionSecret: sessionSecretFromEnv(env),
    sessionIdleMinutes: whole(env, 'SESSION_IDLE_MINUTES', 30),
    keyPrefix: env.QUEUE_PREFIX ?? 'redress',
    logLevel: env.LOG_LEVEL ?? 'info',
    reloadTemplates: nodeEnv !== 'production' && env.WEB_RELOAD_TEMPLATES !== 'false',
  };
}
