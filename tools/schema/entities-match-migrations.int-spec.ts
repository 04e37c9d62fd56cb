import { caseworkModule } from '@redress/casework';
import { intakeModule } from '@redress/intake';
import { reportingModule } from '@redress/reporting';
import { communicationsModule } from '@redress/communications';
import { createLogger, readOnlyOwnSchema } from '@redress/platform';
import type { MikroORM, ServiceModule } from '@redress/platform';
import { isolate } from '@redress/platform/testing';

/**
 * The migrations make the schema that runs; the entities are what the code believes it is. For each service,
 * migrate a fresh schema and ask MikroORM what it would change to fit the entities: nothing, or they disagree (a
 * column, index, unique key, foreign key or default that one has and the other does not).
 */
jest.setTimeout(60_000);

const isolation = isolate('entities-migrations');
afterAll(() => isolation.cleanup());

describe.each<[string, ServiceModule]>([
  ['intake', intakeModule],
  ['casework', caseworkModule],
  ['reporting', reportingModule],
  ['communications', communicationsModule],
])('%s: the entities and the migrations describe the same schema', (_name, module) => {
  const config = isolation.config(module.service);
  const schema = module.schema(config);
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await module.createOrm(config, createLogger('test', 'silent'));
  });
  afterAll(() => orm?.close());
  // One dropped meanwhile by another suite is not a difference (readOnlyOwnSchema keeps the read to this one).
  const vanished = (e: unknown) => /schema "[^"]+" does not exist|relation "[^"]+" does not exist/.test(String((e as Error).message));
  const diff = async (): Promise<string> => {
    for (let attempt = 1; ; attempt++) {
      try {
        await readOnlyOwnSchema(orm, schema);
        return (await orm.schema.getUpdateSchemaSQL({ wrap: false, schema })).trim();
      } catch (e) {
        if (attempt >= 5 || !vanished(e)) throw e;
      }
    }
  };

  it('MikroORM finds nothing to change after migrating a fresh schema', async () => {
    expect(await diff()).toBe('');
  });

  it('and would see a difference: a column no entity maps shows up in the diff', async () => {
    const table = Object.values(orm.getMetadata().getAll()).find((m) => !m.embeddable && !m.virtual)!.tableName;
    const connection = orm.em.getConnection();
    await connection.execute(`alter table "${schema}"."${table}" add column "stray_column" int null`);
    try {
      expect(await diff()).toMatch(/stray_column/);
    } finally {
      await connection.execute(`alter table "${schema}"."${table}" drop column "stray_column"`);
    }
    expect(await diff()).toBe('');
  });
});
