import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { SqlStatement } from '@redress/platform';

/*
 * The raw baselines of `npm run bench`: the statements one operation of Redress sent to PostgreSQL (recorded at the pg
 * driver as they left, with their parameters, most of which MikroORM writes into the text), sent again by plain `pg`
 * clients. The baseline is then the very SQL the operation needs, without the code around it. Ids the operation made
 * up (a new submission's, its outbox events') and references are made up afresh in each replay, so that unique keys
 * hold; ids it read from the database are kept.
 */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const REFERENCE = /\b([A-Z]{2,4})-(\d{4})-(\d{6})\b/g;

type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;

/** Runs `operation`, recording every statement any pg client sent meanwhile, and the ids the answers held. */
export async function recordStatements<T>(
  operation: () => Promise<T>,
): Promise<{ result: T; statements: SqlStatement[]; read: Set<string> }> {
  const statements: SqlStatement[] = [];
  const read = new Set<string>();
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  proto.query = function (this: pg.Client, ...args: unknown[]) {
    const [config] = args;
    const text = typeof config === 'string' ? config : (config as { text?: string } | undefined)?.text;
    const values =
      typeof config === 'object' && config ? ((config as { values?: unknown[] }).values ?? []) : Array.isArray(args[1]) ? args[1] : [];
    if (text) statements.push({ text, values: [...values] });
    const callback = args.findIndex((a) => typeof a === 'function');
    if (callback >= 0) {
      const done = args[callback] as (err: unknown, res: { rows?: unknown[] } | undefined) => void;
      args[callback] = (err: unknown, res: { rows?: unknown[] } | undefined) => {
        // Only what a select found: an insert's `returning` gives back the ids the operation made up.
        if (/^\s*select\b/i.test(text ?? ''))
          for (const id of JSON.stringify(res?.rows ?? []).match(UUID) ?? []) read.add(id.toLowerCase());
        done(err, res);
      };
    }
    return original.apply(this, args);
  };
  try {
    return { result: await operation(), statements, read };
  } finally {
    proto.query = original;
  }
}

let replays = 0;

/** The statements with fresh ids and references for one replay (ids read from the database stay as they were). */
export function freshStatements(statements: readonly SqlStatement[], read: ReadonlySet<string>): SqlStatement[] {
  const n = replays++;
  const ids = new Map<string, string>();
  const fresh = (s: string) =>
    s
      .replace(UUID, (id) => {
        if (read.has(id.toLowerCase())) return id;
        if (!ids.has(id)) ids.set(id, randomUUID());
        return ids.get(id)!;
      })
      // Same length and shape, in a year no real case has: the replays never meet a real reference.
      .replace(REFERENCE, (_m, prefix: string) => `${prefix}-${9000 + Math.floor(n / 1e6)}-${String(n % 1e6).padStart(6, '0')}`);
  // MikroORM writes most values into the statement's text: both are made fresh.
  return statements.map((st) => ({ text: fresh(st.text), values: st.values.map((v) => (typeof v === 'string' ? fresh(v) : v)) }));
}

/** Sends one replay's statements in order on one client, as the operation did on its connection. */
export async function replay(client: pg.PoolClient, statements: readonly SqlStatement[]): Promise<void> {
  for (const st of statements) await client.query(st.text, st.values as unknown[]);
}
