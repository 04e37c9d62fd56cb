import type { RequestHandler } from 'express';
import session from 'express-session';
import { RedisStore } from 'connect-redis';
import type { Redis } from 'ioredis';
import type { FieldError } from '../forms/form-errors';

declare module 'express-session' {
  interface SessionData {
    /** What a POST that found problems hands to the GET it redirects to: the problems and what was typed. */
    flash?: { errors: FieldError[]; values: Record<string, unknown> };
    /** Set when the session is first needed (a form's CSRF token): an empty session is never stored. */
    started?: boolean;
  }
}

export interface SessionOptions {
  redis: Redis;
  secret: string;
  /** The cookie's name, e.g. `redress.portal`. */
  name: string;
  /** Redis key prefix, e.g. `redress:portal:sess:`. */
  keyPrefix: string;
  idleMinutes: number;
  production: boolean;
}

/**
 * Server-side sessions in Redis: the browser holds only a signed, httpOnly, SameSite=Lax cookie with the session id
 * (Secure in production). Each request renews the expiry in Redis, so answers are forgotten after `idleMinutes` of
 * inactivity. The cookie itself lasts until the browser closes, so that a person who comes back after the answers were
 * forgotten can be told so (`sessionExpiry`) rather than silently starting again. Nothing is stored until something
 * needs keeping.
 */
export function sessions(options: SessionOptions): RequestHandler {
  return session({
    store: new RedisStore({ client: options.redis, prefix: options.keyPrefix, ttl: options.idleMinutes * 60 }),
    name: options.name,
    secret: options.secret,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: options.production,
    cookie: { httpOnly: true, sameSite: 'lax', secure: options.production, path: '/' },
  });
}

/** The session id a `s:<id>.<signature>` cookie names (unverified: it is only compared with the session found). */
const sessionIdIn = (raw: string): string => (raw.startsWith('s:') ? raw.slice(2, raw.lastIndexOf('.')) : raw);

/**
 * After `sessions`: `res.locals.sessionExpired` is true when the browser sent a session cookie whose session is no
 * longer in Redis (it was idle too long, so its answers were forgotten): the pages then say the answers were cleared.
 */
export function sessionExpiry(cookieName: string): RequestHandler {
  return (req, res, next) => {
    const sent = (req.cookies as Record<string, string> | undefined)?.[cookieName];
    res.locals.sessionExpired = typeof sent === 'string' && sessionIdIn(sent) !== req.sessionID;
    next();
  };
}
