import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { knex } from '@mikro-orm/postgresql';
import { DEV_JWT_SECRET, signDevToken } from '@redress/platform';
import { Role } from '@redress/policy';
import { NODE_ARGS, NODE_ENV_FOR_TS, PLATFORM_PROCESSES, ROOT } from '../processes';
import type { Ports } from '../processes';
import { eventually, freePort, gql, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

jest.setTimeout(120_000);

// NODE_ENV=development as `npm start` runs it: there Apollo's own default would put stack traces in error
// responses (under NODE_ENV=test, Jest's, it would not), so the no-stack-trace checks below mean something.
const DEVELOPMENT = { NODE_ENV: 'development' };
const PRODUCTION_SECRET = randomBytes(48).toString('base64url');
const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: PRODUCTION_SECRET };

let dev: RunningPlatform;
let prod: RunningPlatform;
beforeAll(async () => {
  const started = await Promise.allSettled([startPlatform('security', DEVELOPMENT), startPlatform('securityprod', PRODUCTION)]);
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.stop() : undefined)));
    throw failed.reason;
  }
  [dev, prod] = started.map((s) => (s as PromiseFulfilledResult<RunningPlatform>).value);
});
afterAll(async () => {
  await Promise.all([dev?.stop(), prod?.stop()]);
});

/** Each place a browser could reach: the gateway, and every subgraph directly. With a query it can answer. */
const TARGETS: [string, keyof Ports, string][] = [
  ['the gateway', 'GATEWAY', '{ councils { id } }'],
  ['intake directly', 'INTAKE', '{ councils { id } }'],
  ['casework directly', 'CASEWORK', '{ __typename }'],
  ['reporting directly', 'REPORTING', '{ __typename }'],
  ['communications directly', 'COMMUNICATIONS', '{ __typename }'],
];
const graphqlUrl = (p: RunningPlatform, target: keyof Ports) => `http://127.0.0.1:${p.ports[target]}/graphql`;
const officer = (secret: string) =>
  signDevToken({ sub: 'hart-officer', name: 'Amy Clarke', roles: [Role.OFFICER], council: 'hart' }, secret);

interface Answer {
  status: number;
  contentType: string;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
}
async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: Answer['body'] = null;
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = null;
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, body };
}
const postJson = (url: string, query: string, variables: Record<string, unknown> = {}, token?: string) =>
  call(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });

const CSRF_MESSAGE =
  /blocked as a potential Cross-Site Request Forgery \(CSRF\)\. Please either specify a 'content-type' header .* apollo-require-preflight/s;
function expectCsrfRefusal(answer: Answer): void {
  expect(answer.status).toBe(400);
  expect(answer.body?.data).toBeUndefined();
  expect(answer.body?.errors).toEqual([
    expect.objectContaining({ message: expect.stringMatching(CSRF_MESSAGE), extensions: { code: 'BAD_REQUEST' } }),
  ]);
}

describe('CSRF prevention: a browser on another site cannot make a simple request run an operation', () => {
  it.each(TARGETS)(
    '%s refuses GET /graphql?query=… without a preflight header (400, readable), and answers it with one',
    async (_label, target, answerable) => {
      const url = graphqlUrl(dev, target);
      expectCsrfRefusal(await call(`${url}?query=${encodeURIComponent('{councils{id}}')}`));
      // The same GET with the header a cross-site page cannot send without a CORS preflight: answered, so the refusal was the CSRF rule.
      const preflighted = await call(`${url}?query=${encodeURIComponent(answerable)}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(preflighted).toMatchObject({ status: 200, body: { data: expect.any(Object) } });
      expect(preflighted.body?.errors).toBeUndefined();
    },
  );

  it.each(
    TARGETS.flatMap(([label, target, answerable]) =>
      ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'].map((type) => [label, type, target, answerable] as const),
    ),
  )('%s refuses a POST with content-type %s (400, readable)', async (_label, type, target, answerable) => {
    expectCsrfRefusal(
      await call(graphqlUrl(dev, target), {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify({ query: answerable }),
      }),
    );
  });

  it.each(TARGETS)('%s answers a proper JSON POST', async (_label, target, answerable) => {
    const res = await gql(graphqlUrl(dev, target), answerable);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual(expect.any(Object));
  });

  it('keeps the rule in production too', async () => {
    expectCsrfRefusal(await call(`${prod.gatewayUrl}?query=${encodeURIComponent('{councils{id}}')}`));
    expectCsrfRefusal(
      await call(prod.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: '{ councils { id } }' }),
      }),
    );
    expect((await gql(prod.gatewayUrl, '{ councils { id } }')).data).toEqual({ councils: expect.arrayContaining([{ id: 'hart' }]) });
  });
});

describe('batching: one HTTP request carries one operation, so the query limits and rate limit count every one', () => {
  it.each(TARGETS)('%s refuses a batch of operations with HTTP 400 and a readable error', async (_label, target, answerable) => {
    const batch = JSON.stringify(Array.from({ length: 2 }, () => ({ query: answerable })));
    const res = await call(graphqlUrl(dev, target), { method: 'POST', headers: { 'content-type': 'application/json' }, body: batch });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/batching/i);
    expect(res.text).not.toMatch(/"data"/);
  });
});

describe('NODE_ENV=production: no schema, no sandbox', () => {
  const INTROSPECTION = '{ __schema { types { name } } }';

  it.each(TARGETS)('%s refuses introspection (which the development platform answers)', async (_label, target) => {
    const refused = await postJson(graphqlUrl(prod, target), INTROSPECTION);
    expect(refused.status).toBe(400);
    expect(refused.body?.data).toBeUndefined();
    expect(refused.body?.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/introspection is not allowed/),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
    expect(refused.text).not.toMatch(/"types"|"Council"|"Case"/);

    const answered = await postJson(graphqlUrl(dev, target), INTROSPECTION);
    expect(answered.body).toEqual({ data: { __schema: { types: expect.arrayContaining([{ name: 'Query' }]) } } });
  });

  it.each(TARGETS)('%s does not serve the Apollo Sandbox page at GET / (which the development platform does)', async (_label, target) => {
    const browser = { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } };
    const page = await call(`http://127.0.0.1:${prod.ports[target]}/`, browser);
    expect(page.contentType).not.toMatch(/text\/html/);
    expect(page.text).not.toMatch(/<html|<!DOCTYPE|apollographql\.com|sandbox/i);

    const devPage = await call(`http://127.0.0.1:${dev.ports[target]}/`, browser);
    expect(devPage).toMatchObject({
      status: 200,
      contentType: expect.stringMatching(/text\/html/),
      text: expect.stringMatching(/embeddable-sandbox\.cdn\.apollographql\.com/),
    });
  });

  it.each([
    ['the gateway', 'GATEWAY'],
    ['casework directly', 'CASEWORK'],
  ] as const)(
    '%s accepts tokens signed with its JWT_SECRET and refuses ones signed with the development secret',
    async (_label, target) => {
      const query = '{ cases { totalCount } }';
      const own = await postJson(graphqlUrl(prod, target), query, {}, await officer(PRODUCTION_SECRET));
      expect(own.body).toEqual({ data: { cases: { totalCount: expect.any(Number) } } });
      const forged = await postJson(graphqlUrl(prod, target), query, {}, await officer(DEV_JWT_SECRET));
      expect(forged.status).toBe(401);
      expect(forged.body?.errors).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);
    },
  );
});

describe('production start refuses a missing or default JWT secret (the real gateway process)', () => {
  const gatewayEntry = PLATFORM_PROCESSES.find((p) => p.name === 'gateway')!.entry;
  function startGateway(jwtSecret: string | undefined): Promise<{ code: number | null; output: string }> {
    return freePort().then(
      (port) =>
        new Promise((resolve) => {
          const env: NodeJS.ProcessEnv = {
            ...process.env,
            ...NODE_ENV_FOR_TS,
            NODE_ENV: 'production',
            PORT: String(port),
            QUEUE_PREFIX: 't-security-start',
          };
          delete env.JWT_JWKS_URL;
          if (jwtSecret === undefined) delete env.JWT_SECRET;
          else env.JWT_SECRET = jwtSecret;
          const child = spawn(process.execPath, [...NODE_ARGS, gatewayEntry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
          let output = '';
          child.stdout.on('data', (c: Buffer) => (output += c.toString()));
          child.stderr.on('data', (c: Buffer) => (output += c.toString()));
          // A gateway that did start would run until killed: that is a failure, seen as a null exit code.
          const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
          child.once('exit', (code) => {
            clearTimeout(timer);
            resolve({ code, output });
          });
        }),
    );
  }

  it('exits 1 with the reason when JWT_SECRET is unset, empty or the development default', async () => {
    const results = await Promise.all([undefined, '', DEV_JWT_SECRET].map(startGateway));
    for (const r of results)
      expect(r).toEqual({ code: 1, output: expect.stringMatching(/gateway failed to start: JWT_SECRET must be set to a real secret/) });
  });
});

describe('no stack trace in any error response, in development and in production', () => {
  const modes = [
    ['development', () => dev, DEV_JWT_SECRET],
    ['production', () => prod, PRODUCTION_SECRET],
  ] as const;
  const cases = modes.flatMap(([mode, platform, secret]) =>
    TARGETS.map(([label, target]) => [mode, label, platform, secret, target] as const),
  );

  it.each(cases)('%s: %s', async (_mode, _label, platform, secret, target) => {
    const url = graphqlUrl(platform(), target);
    const token = await officer(secret);
    const probes: [string, Promise<Answer>][] = [
      ['a syntax error', postJson(url, '{ councils {')],
      ['an unknown field', postJson(url, '{ noSuchField }')],
      ['a variable of the wrong type', postJson(url, 'query($skip: Boolean!) { __typename @skip(if: $skip) }', { skip: 'not a boolean' })],
      ['a forged token', postJson(url, '{ __typename }', {}, `${token}x`)],
      ['a CSRF refusal', call(`${url}?query=${encodeURIComponent('{__typename}')}`)],
    ];
    if (target === 'GATEWAY' || target === 'CASEWORK') {
      // A cursor that decodes but is not one of ours: refused as input (an internal error is the next describe's).
      const cursor = Buffer.from('2026-01-01T00:00:00.000Z|not-a-uuid').toString('base64url');
      probes.push(['a forged cursor', postJson(url, 'query($a: String) { cases(after: $a) { totalCount } }', { a: cursor }, token)]);
    }
    for (const [probe, answer] of probes) {
      const { body, text } = await answer;
      const errors = body?.errors ?? [];
      expect({
        probe,
        errors: errors.length > 0,
        stacktrace: errors.some((e) => e.extensions !== undefined && 'stacktrace' in e.extensions),
        traceInBody: /\bat .+:\d+:\d+|node_modules|invalid input syntax/.test(text),
      }).toEqual({
        probe,
        errors: true,
        stacktrace: false,
        traceInBody: false,
      });
    }
  });
});

describe('an internal error: the client learns only that something went wrong, the service log says what', () => {
  const GENERIC = 'Something went wrong on our side. Please try again later.';
  const coordinator = (secret: string) =>
    signDevToken({ sub: 'hart-coordinator', name: 'Sam Patel', roles: [Role.COMPLAINTS_COORDINATOR], council: 'hart' }, secret);
  /** One read per subgraph, and the table it cannot do without. */
  const READS = {
    // The reference is a value of the failed SQL: the log must not repeat it.
    INTAKE: {
      schema: 'intake',
      table: 'submission',
      field: 'trackCase',
      query: '{ trackCase(reference: "HRT-2026-000917", email: "jo@example.org") { status } }',
      token: null,
      value: 'HRT-2026-000917',
    },
    CASEWORK: { schema: 'casework', table: 'case', field: 'cases', query: '{ cases { totalCount } }', token: officer, value: null },
    REPORTING: {
      schema: 'reporting',
      table: 'stage_fact',
      field: 'statistics',
      query: '{ statistics(councilId: "hart", from: "2026-04-01", to: "2027-03-31", groupBy: SERVICE_AREA) { key } }',
      token: coordinator,
      value: null,
    },
  } as const;
  type Service = keyof typeof READS;

  /**
   * A real fault in a real part: while `during` runs, the table the read needs is not there (renamed away, then
   * back), so PostgreSQL refuses the query as it would after a botched migration or a restore gone wrong.
   */
  async function withTableMissing(platform: RunningPlatform, service: Service, during: () => Promise<void>): Promise<void> {
    const { schema, table } = READS[service];
    const qualified = `"${platform.isolation.schemaPrefix}${schema}"`;
    const db = knex({ client: 'pg', connection: platform.isolation.config('intake').databaseUrl, pool: { min: 0, max: 1 } });
    try {
      await db.raw(`alter table ${qualified}."${table}" rename to "${table}_unavailable"`);
      try {
        await during();
      } finally {
        await db.raw(`alter table ${qualified}."${table}_unavailable" rename to "${table}"`);
      }
    } finally {
      await db.destroy();
    }
  }

  const modes = [
    ['development', () => dev, DEV_JWT_SECRET],
    ['production', () => prod, PRODUCTION_SECRET],
  ] as const;
  const cases = modes.flatMap(([mode, platform, secret]) =>
    (Object.keys(READS) as Service[]).flatMap((service) =>
      (['directly', 'through the gateway'] as const).map((route) => [mode, service, route, platform, secret] as const),
    ),
  );

  it.each(cases)('%s: %s, %s', async (_mode, service, route, platform, secret) => {
    const p = platform();
    const { query, field, token, value } = READS[service];
    const url = route === 'directly' ? graphqlUrl(p, service) : p.gatewayUrl;
    const bearer = token ? await token(secret) : undefined;
    const before = p.logs.length;

    let answer: Answer | undefined;
    await withTableMissing(p, service, async () => {
      answer = await postJson(url, query, {}, bearer);
    });
    expect(answer!.body?.errors).toEqual([{ message: GENERIC, path: [field], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    // Nothing of the fault reaches the client: no stack, no SQL, no schema, table or driver message.
    expect(answer!.text).not.toMatch(
      /stacktrace|\bat .+:\d+:\d+|node_modules|does not exist|relation|select |_unavailable|t_security|42P01/i,
    );

    // The subgraph that failed logged it for the people who run it, with the cause the client was not told (its line
    // comes through the process's stdout pipe, which may be a moment behind the answer).
    const loggedLines = () => {
      const output = p.logs.slice(before).filter((chunk) => chunk.startsWith(`[${service.toLowerCase()}] `));
      const lines = output.join('').split('\n');
      const found = lines.filter((l) => l.includes('"msg":"unexpected error"') && l.includes('does not exist'));
      return found.length ? found : null;
    };
    const logged = await eventually(async () => loggedLines(), 10_000).catch(() => [] as string[]);
    expect(logged).not.toHaveLength(0);
    // …but not the values of the query, which can be personal data.
    if (value) expect(logged.join('\n')).not.toContain(value);

    // And it was the fault: with the table back, the same read answers.
    const healed = await postJson(url, query, {}, bearer);
    expect(healed.body?.errors).toBeUndefined();
    expect(healed.body?.data).toHaveProperty(field);
  });
});
