import { Collection, MikroORM, Reference } from '@mikro-orm/postgresql';
import type { EntityClass, EntityMetadata, EntityProperty, Knex, PopulateOptions } from '@mikro-orm/postgresql';
import type { EntityManager, Options, QueryBuilder } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Migration } from '@mikro-orm/migrations';
import type pg from 'pg';
import type { Logger } from './logger';

export type { EntityManager };
export { MikroORM };

/** The PostgreSQL schema this EntityManager's service was started with (prefixed in tests). */
export const schemaOf = (em: EntityManager): string => em.config.get('schema') ?? 'public';

/**
 * Locks one row of this service's schema until the transaction `tx` ends (SELECT … FOR UPDATE in that transaction:
 * a raw query outside it would take the lock and let go at once). For decisions made once under concurrency.
 */
export async function lockRow(tx: EntityManager, table: string, id: string): Promise<void> {
  const ctx = tx.getTransactionContext();
  if (!ctx) throw new Error(`lockRow(${table}) needs a transaction: call it inside em.transactional`);
  await tx.getConnection().execute(`select 1 from "${schemaOf(tx)}"."${table}" where "id" = ? for update`, [id], 'all', ctx);
}

type MigrationClass = new (...args: ConstructorParameters<typeof Migration>) => Migration;

export interface OrmOptions {
  databaseUrl: string;
  /** The service's own PostgreSQL schema; no service reads another's. */
  schema: string;
  entities: NonNullable<Options['entities']>;
  /** Listed explicitly (name order = apply order) so nothing depends on globbing files at run time. */
  migrations: readonly { name: string; class: MigrationClass }[];
  logger?: Logger;
  poolMax?: number;
  /**
   * Tables the service reads and writes with SQL rather than through entities (the migrations own them): MikroORM's
   * schema diff leaves them out. The platform's audit log is always one.
   */
  sqlTables?: readonly string[];
}

/** Tables every service may have that the platform writes with SQL (audit.ts). */
const PLATFORM_SQL_TABLES = ['audit_log'];

/**
 * An index that properties alone cannot describe (partial, or on an expression), written as the migration that
 * created it wrote it, so that the entity names it and MikroORM's schema diff knows it is wanted.
 */
export const indexSql =
  (on: string, where?: string) =>
  (table: { name: string; schema?: string }, _columns: unknown, name: string): string =>
    `create index "${name}" on ${table.schema ? `"${table.schema}".` : ''}"${table.name}" (${on})${where ? ` where ${where}` : ''}`;

/** Starts MikroORM on the service's schema and applies its migrations (one migrator at a time across replicas). */
export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init({
    clientUrl: options.databaseUrl,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    pool: { min: 0, max: options.poolMax ?? 10 },
    allowGlobalContext: false,
    debug: false,
    // MikroORM's own messages (the migrator's) go to the service's structured log.
    logger: (message: string) => options.logger?.debug({ orm: message }),
    schemaGenerator: { skipTables: [...PLATFORM_SQL_TABLES, ...(options.sqlTables ?? [])] },
    migrations: {
      tableName: `${options.schema}.mikro_orm_migrations`,
      migrationsList: options.migrations.map((m) => ({ name: m.name, class: m.class })),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
  });
  await migrate(orm, options);
  return orm;
}

/**
 * Keeps MikroORM's reads of the catalogue (the migrator's, a schema diff's) to this service's own schema. By default it
 * reads every table of every schema, so a table another schema renames or drops meanwhile (another service migrating,
 * a test run's other suites) fails the read.
 */
export async function readOnlyOwnSchema(orm: MikroORM, schema: string): Promise<void> {
  const others: { schema_name: string }[] = await orm.em
    .getConnection()
    .execute('select schema_name from information_schema.schemata where schema_name <> ?', [schema]);
  orm.config.get('schemaGenerator').ignoreSchema = others.map((row) => row.schema_name);
}

async function migrate(orm: MikroORM, options: OrmOptions): Promise<void> {
  const knex = orm.em.getConnection().getKnex();
  const key = `redress-migrate-${options.schema}`;
  // A session advisory lock held on one dedicated connection: replicas starting together migrate one at a time.
  const lock = await knex.client.acquireConnection();
  try {
    await knex.raw('select pg_advisory_lock(hashtext(?))', [key]).connection(lock);
    try {
      await knex.raw(`create schema if not exists "${options.schema}"`).connection(lock);
      await readOnlyOwnSchema(orm, options.schema);
      const applied = await orm.getMigrator().up();
      if (applied.length) options.logger?.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    } finally {
      await knex.raw('select pg_advisory_unlock(hashtext(?))', [key]).connection(lock);
    }
  } finally {
    await knex.client.releaseConnection(lock);
  }
}

/** A statement with its values, in pg's own `$1` form (sent on a pooled connection, not through the ORM). */
export interface SqlStatement {
  text: string;
  values: unknown[];
}

const LOOKED_UP = 'redress-prepared-lookup-value';

interface PreparedLookup<T extends object> {
  /** The SELECT in pg's own form, the value looked up as $1. */
  text: string;
  // MikroORM's builder, kept for its join aliases: the driver maps and merges the joined rows with it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the driver takes a builder of any alias
  qb: QueryBuilder<T, any>;
}

/** The pg connection under the caller's transaction when there is one, else one of the pool's, for `use`. */
async function onConnection<R>(em: EntityManager, use: (connection: pg.ClientBase) => Promise<R>): Promise<R> {
  // A knex transaction's client hands out the transaction's own connection, and keeps it on release.
  const client = (em.getTransactionContext<Knex.Transaction>() ?? em.getKnex()).client as {
    acquireConnection(): Promise<pg.ClientBase>;
    releaseConnection(connection: pg.ClientBase): Promise<unknown>;
  };
  const connection = await client.acquireConnection();
  try {
    return await use(connection);
  } finally {
    await client.releaseConnection(connection);
  }
}

/**
 * `em.findOne(entity, { [column]: value }, { populate })` with the SQL built once per schema and populate hint, then
 * kept: MikroORM builds a query's SQL afresh on every call (about a millisecond of a case read, more than PostgreSQL
 * takes to answer it). The rows are mapped, merged and put in the EntityManager as findOne does; the populated
 * collections are marked loaded. casework's `case-read.int-spec.ts` holds it to findOne's own answer.
 *
 * `alongside`, given the row's data (property names, joined parts nested), may name one statement to send on the same
 * connection as soon as the row is read (a read's audit row): the entity is mapped while PostgreSQL writes it, and the
 * answer waits for it. Both go straight to the pooled pg connection, not through the ORM's query logging.
 */
export function preparedLookup<T extends object>(entity: EntityClass<T>, column: string & keyof T) {
  const prepared = new Map<string, PreparedLookup<T>>();
  const prepare = (em: EntityManager, populate: readonly string[]): PreparedLookup<T> => {
    const key = `${schemaOf(em)} ${populate.join(',')}`;
    const known = prepared.get(key);
    if (known) return known;
    const meta = em.getMetadata().get(entity.name);
    const qb = em.createQueryBuilder(entity, 'e0').select('*');
    const aliases = new Map<string, { alias: string; meta: EntityMetadata }>([['', { alias: 'e0', meta }]]);
    const orderBy: Record<string, 'asc' | 'desc'>[] = [];
    [...populate].sort().forEach((path, i) => {
      const at = path.lastIndexOf('.');
      const parent = aliases.get(path.slice(0, Math.max(at, 0)))!;
      const prop = parent.meta.properties[path.slice(at + 1) as never] as EntityProperty;
      const alias = `j${i + 1}`;
      qb.leftJoinAndSelect(`${parent.alias}.${prop.name}`, alias);
      aliases.set(path, { alias, meta: prop.targetMeta! });
      for (const [field, dir] of Object.entries(prop.orderBy ?? {}))
        orderBy.push({ [`${alias}.${field}`]: String(dir).toLowerCase() as 'asc' });
    });
    qb.where({ [column]: LOOKED_UP } as never);
    if (orderBy.length) qb.orderBy(orderBy);
    const sql = qb.getFormattedQuery();
    if (sql.split(`'${LOOKED_UP}'`).length !== 2) throw new Error(`preparedLookup(${entity.name}): the value's place is not found once`);
    const made: PreparedLookup<T> = { text: sql.replace(`'${LOOKED_UP}'`, '$1'), qb: qb as unknown as PreparedLookup<T>['qb'] };
    prepared.set(key, made);
    return made;
  };
  return (
    em: EntityManager,
    value: string,
    populate: readonly string[],
    alongside?: (data: Record<string, unknown>) => SqlStatement | null,
  ): Promise<T | null> =>
    onConnection(em, async (connection) => {
      const { text, qb } = prepare(em, populate);
      const { rows } = await connection.query<Record<string, unknown>>(text, [value]);
      if (!rows.length) return null;
      const driver = em.getDriver();
      const meta = em.getMetadata().get(entity.name);
      const hint = (qb as unknown as { _populate: PopulateOptions<T>[] })._populate;
      const map = {};
      const [data] = driver.mergeJoinedResult(
        rows.map((r) => driver.mapResult(r as never, meta, hint, qb as never, map)!),
        meta,
        driver.joinedProps(meta, hint),
      );
      const also = alongside?.(data as Record<string, unknown>);
      const written = also ? connection.query(also.text, also.values) : null;
      try {
        const found = em.map(entity, data as never);
        for (const path of populate) markLoaded(found, path.split('.'));
        if (written) await written;
        return found;
      } catch (err) {
        await written?.catch(() => undefined);
        throw err;
      }
    });
}

function markLoaded(entity: object, path: readonly string[]): void {
  const [head, ...rest] = path;
  const value = (entity as Record<string, unknown>)[head];
  const items =
    value instanceof Collection ? (value.populated(), value.getItems(false)) : value ? [Reference.unwrapReference(value as object)] : [];
  if (rest.length) for (const item of items) markLoaded(item as object, rest);
}
