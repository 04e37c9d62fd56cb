import { DEFAULT_MAX_QUERY_COST } from './query-limits';
export type ServiceName = 'gateway' | 'intake' | 'casework' | 'reporting' | 'communications';

export const DEFAULT_PORTS: Record<ServiceName, number> = {
  gateway: 4000,
  intake: 4001,
  casework: 4002,
  reporting: 4003,
  communications: 4004,
};
/** Development mail: MailDev, which `npm start` runs when SMTP_URL is not set (its inbox on http://localhost:1080). */
export const DEV_SMTP_URL = 'smtp://127.0.0.1:1025';
export const DEV_JWT_SECRET = 'redress-local-development-secret-change-me';

export interface PlatformConfig {
  service: ServiceName;
  env: string;
  port: number;
  databaseUrl: string;
  redisUrl: string;
  jwtSecret: string;
  jwtJwksUrl: string | null;
  jwtIssuer: string | null;
  jwtAudience: string | null;
  /**
   * Development only: HS256 tokens signed with JWT_SECRET (`npm run token`) are accepted beside the issuer's, so both
   * the local sign-in and pasted development tokens work. Never in production.
   */
  jwtAcceptDevTokens: boolean;
  /** Where the issuer puts who the caller is (Entra ID, say, may carry the council in an extension claim). */
  jwtClaims: { name: string; roles: string; council: string };
  logLevel: string;
  /** Prefixes every PostgreSQL schema name, so a test suite can own its schemas. */
  schemaPrefix: string;
  /** BullMQ key prefix, so a test suite can own its queues. */
  queuePrefix: string;
  /** How often the outbox relay looks for unpublished events when nothing nudged it. */
  outboxPollMs: number;
  /** Seed the demo staff directory at start (off in production). */
  seedDemoData: boolean;
  /** Gateway: requests a minute from one anonymous caller (shared across replicas through Redis). */
  rateLimitAnonymousPerMinute: number;
  /** Gateway: the deepest and largest operation accepted. */
  maxQueryDepth: number;
  maxQueryFields: number;
  /** The most one operation may cost at the gateway (queryCostPlugin): fields, times the items of each page asked for. */
  maxQueryCost: number;
  /** Retention schedule overrides, months by council id (RETENTION_MONTHS="hart=72,hampshire=60"); else the policy's. */
  retentionMonths: Readonly<Record<string, number>>;
  /** How often each worker runs its retention sweep (and once at start). */
  retentionSweepEveryMs: number;
  /** Casework worker: how often every open case's timers are re-planned, and once at start (default 5 minutes). */
  slaReconcileEveryMs: number;
  /** More councils for this deployment: JSON files, each one council's policy (COUNCIL_POLICY_FILES, comma-separated). */
  councilPolicyFiles: string[];
  /** One-off bank holidays announced after this release: a JSON file of `[{ "date", "name" }]` (EXTRA_BANK_HOLIDAYS_FILE). */
  extraBankHolidaysFile: string | null;
  /** Communications: where mail is sent (SMTP_URL, smtp:// or smtps:// for TLS), checked at start. */
  smtp: SmtpSettings;
  /** Communications: the sender address per council id (MAIL_FROM="hart=complaints@hart.gov.uk,…"); else the policy's contact email. */
  mailFrom: Readonly<Record<string, string>>;
  /** Communications worker: how often staff alert mails that have fallen due are looked for and sent (STAFF_ALERT_SWEEP_MS). */
  staffAlertSweepMs: number;
  /**
   * Tests only (refused in production): the instant the communications worker's clock starts at, running on from there
   * (CLOCK_STARTS_AT, ISO 8601), so a suite can put it in working hours; null: the real clock.
   */
  clockStartsAt: Date | null;
}

export interface SmtpSettings {
  /** As given, for the transport (holds the password: never log it; `display` is for messages). */
  url: string;
  /** The URL without its password, for logs and messages. */
  display: string;
  secure: boolean;
  host: string;
  port: number;
}

function intFromEnv(env: NodeJS.ProcessEnv, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${key} must be a whole number, got "${raw}"`);
  return n;
}

function retentionFromEnv(raw: string | undefined): Record<string, number> {
  const months: Record<string, number> = {};
  for (const part of (raw ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [council, value] = part.split('=').map((p) => p.trim());
    const n = Number(value);
    if (!council || !Number.isInteger(n) || n < 0)
      throw new Error(`RETENTION_MONTHS must look like "hart=72,hampshire=60" (whole months), got "${raw}"`);
    months[council] = n;
  }
  return months;
}

/**
 * SMTP_URL, checked so that a typing slip stops the worker at start rather than failing every message later:
 * smtp://user:pass@host:port (STARTTLS when the server offers it) or smtps:// (TLS from the start, port 465 by default).
 */
export function smtpFromEnv(raw: string | undefined): SmtpSettings {
  const url = raw?.trim() || DEV_SMTP_URL;
  const format = 'SMTP_URL must look like smtp://user:pass@host:port (or smtps://… for TLS)';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not shown: what cannot be read as a URL cannot have its password taken out.
    throw new Error(`${format}: the value given is not a URL`);
  }
  // What may be logged: the user kept, the password replaced.
  const display = parsed.password ? url.replace(`:${parsed.password}@`, ':***@') : url;
  const refuse = (why: string) => new Error(`${format}: ${why}, got "${display}"`);
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')
    throw refuse(`the scheme must be smtp or smtps, not "${parsed.protocol}"`);
  if (!parsed.hostname) throw refuse('it names no host');
  if (parsed.pathname && parsed.pathname !== '/') throw refuse('it has a path, which SMTP does not use');
  const secure = parsed.protocol === 'smtps:';
  return { url, display, secure, host: parsed.hostname, port: parsed.port ? Number(parsed.port) : secure ? 465 : 587 };
}

const EMAIL = /^[^\s@<>,]+@[^\s@<>,]+\.[^\s@<>,]+$/;

function mailFromEnv(raw: string | undefined): Record<string, string> {
  const from: Record<string, string> = {};
  for (const part of (raw ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [council, address, ...rest] = part.split('=').map((p) => p.trim());
    if (!council || !address || rest.length || !EMAIL.test(address))
      throw new Error(`MAIL_FROM must look like "hart=complaints@hart.gov.uk,hampshire=complaints@hants.gov.uk", got "${raw}"`);
    from[council] = address;
  }
  return from;
}

/** CLOCK_STARTS_AT: an ISO 8601 instant, for tests; production runs on the real clock only. */
function clockStartsAtFromEnv(raw: string | undefined, nodeEnv: string): Date | null {
  if (!raw?.trim()) return null;
  if (nodeEnv === 'production') throw new Error('CLOCK_STARTS_AT is for tests only: unset it when NODE_ENV=production');
  const at = new Date(raw.trim());
  if (Number.isNaN(at.getTime())) throw new Error(`CLOCK_STARTS_AT must be an ISO 8601 instant such as 2027-01-11T09:00:00Z, got "${raw}"`);
  return at;
}

export function loadConfig(service: ServiceName, env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  // An empty or blank JWT_SECRET (say `JWT_SECRET=${UNSET}` in a manifest) is missing, not a secret:
  // an empty HMAC key would sign anyone's tokens.
  const jwtSecret = env.JWT_SECRET?.trim() ? env.JWT_SECRET : DEV_JWT_SECRET;
  const jwtJwksUrl = env.JWT_JWKS_URL || null;
  if (nodeEnv === 'production' && !jwtJwksUrl && jwtSecret === DEV_JWT_SECRET) {
    throw new Error('JWT_SECRET must be set to a real secret (or JWT_JWKS_URL to an issuer) when NODE_ENV=production');
  }
  // An issuer's keys sign tokens for every application it serves: only ours, from it, may come in.
  if (nodeEnv === 'production' && jwtJwksUrl && (!env.JWT_ISSUER || !env.JWT_AUDIENCE)) {
    throw new Error(
      'JWT_ISSUER and JWT_AUDIENCE must be set with JWT_JWKS_URL when NODE_ENV=production, ' +
        'so that only tokens issued for Redress are accepted',
    );
  }
  // Mail for residents goes nowhere useful on a development default: production names its mail server.
  if (nodeEnv === 'production' && service === 'communications' && !env.SMTP_URL?.trim()) {
    throw new Error('SMTP_URL must be set when NODE_ENV=production (smtp://user:pass@host:port, or smtps://… for TLS)');
  }
  return {
    service,
    env: nodeEnv,
    port: intFromEnv(env, 'PORT', DEFAULT_PORTS[service]),
    databaseUrl: env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/redress',
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    jwtSecret,
    jwtJwksUrl,
    jwtIssuer: env.JWT_ISSUER || null,
    jwtAudience: env.JWT_AUDIENCE || null,
    jwtAcceptDevTokens: nodeEnv !== 'production' && env.JWT_ACCEPT_DEV_TOKENS !== 'false',
    jwtClaims: { name: env.JWT_NAME_CLAIM || 'name', roles: env.JWT_ROLES_CLAIM || 'roles', council: env.JWT_COUNCIL_CLAIM || 'council' },
    logLevel: env.LOG_LEVEL ?? 'info',
    schemaPrefix: env.SCHEMA_PREFIX ?? '',
    queuePrefix: env.QUEUE_PREFIX ?? 'redress',
    outboxPollMs: intFromEnv(env, 'OUTBOX_POLL_MS', 500),
    rateLimitAnonymousPerMinute: intFromEnv(env, 'RATE_LIMIT_ANONYMOUS_PER_MINUTE', 120),
    maxQueryDepth: intFromEnv(env, 'MAX_QUERY_DEPTH', 10),
    maxQueryFields: intFromEnv(env, 'MAX_QUERY_FIELDS', 300),
    maxQueryCost: intFromEnv(env, 'MAX_QUERY_COST', DEFAULT_MAX_QUERY_COST),
    retentionMonths: retentionFromEnv(env.RETENTION_MONTHS),
    retentionSweepEveryMs: intFromEnv(env, 'RETENTION_SWEEP_EVERY_MS', 24 * 60 * 60_000),
    slaReconcileEveryMs: intFromEnv(env, 'SLA_RECONCILE_EVERY_MS', 5 * 60_000),
    councilPolicyFiles: (env.COUNCIL_POLICY_FILES ?? '')
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean),
    extraBankHolidaysFile: env.EXTRA_BANK_HOLIDAYS_FILE?.trim() || null,
    smtp: smtpFromEnv(env.SMTP_URL),
    mailFrom: mailFromEnv(env.MAIL_FROM),
    seedDemoData: (env.SEED_DEMO_DATA ?? (nodeEnv === 'production' ? 'false' : 'true')) === 'true',
    staffAlertSweepMs: intFromEnv(env, 'STAFF_ALERT_SWEEP_MS', 60_000),
    clockStartsAt: clockStartsAtFromEnv(env.CLOCK_STARTS_AT, nodeEnv),
  };
}

/** Months a council keeps personal data after a case closes: the deployment's override, else the council's policy. */
export const retentionMonthsFor = (
  config: Pick<PlatformConfig, 'retentionMonths'>,
  policy: { councilId: string; retentionMonths: number },
): number => config.retentionMonths[policy.councilId] ?? policy.retentionMonths;

export const schemaName = (config: Pick<PlatformConfig, 'schemaPrefix'>, base: string): string => `${config.schemaPrefix}${base}`;

/** Web apps (portal, staff workspace): signs their session cookies. Development only: production refuses it. */
export const DEV_SESSION_SECRET = 'redress-local-development-session-secret-change-me';

/**
 * SESSION_SECRET for the web apps' session cookies. Outside production a development default; in production a real
 * secret of at least 32 characters, or the process stops at start saying why (a known secret lets anyone forge a session).
 */
export function sessionSecretFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.SESSION_SECRET?.trim() ? env.SESSION_SECRET : null;
  if ((env.NODE_ENV ?? 'development') !== 'production') return given ?? DEV_SESSION_SECRET;
  if (!given || given === DEV_SESSION_SECRET || given.length < 32)
    throw new Error('SESSION_SECRET must be set to a real secret of at least 32 characters when NODE_ENV=production');
  return given;
}

/**
 * The process's clock: the real one, or (CLOCK_STARTS_AT, tests only) one that starts at that instant when this is
 * called and runs on at the real pace.
 */
export function clockFrom(config: Pick<PlatformConfig, 'clockStartsAt'>, realNow: () => number = Date.now): () => Date {
  const startsAt = config.clockStartsAt;
  if (!startsAt) return () => new Date(realNow());
  const offset = startsAt.getTime() - realNow();
  return () => new Date(realNow() + offset);
}
